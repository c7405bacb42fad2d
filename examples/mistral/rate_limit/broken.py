"""Broken: Mistral's SDK does not retry unless configured, so the first 429 ends the program."""
import os

from mistralai.client import Mistral

with Mistral(api_key=os.environ.get("MISTRAL_API_KEY", "")) as client:
    # Raises mistralai.client.errors.SDKError: API error occurred: Status 429. Body: {...}
    resp = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Bonjour"}],
    )
    print(resp.choices[0].message.content)
