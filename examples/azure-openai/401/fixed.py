"""Fixed: the Azure key from AZURE_OPENAI_API_KEY; a 401 stops at once, naming what to check."""
import os
import sys
from urllib.parse import urlparse

from openai import AuthenticationError, AzureOpenAI

client = AzureOpenAI(azure_deployment="gpt-4o-mini")  # AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except AuthenticationError as e:
        host = urlparse(os.environ.get("AZURE_OPENAI_ENDPOINT", "")).netloc
        if e.code == "401":
            # {"error": {"code": "401", "message": "Access denied due to invalid subscription key ..."}}
            hint = "copy KEY 1 or KEY 2 from this resource's Keys and Endpoint page"
        else:
            # {"statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, ..."}
            hint = "the request carried a bearer token: send the key as api-key, or renew the Entra ID token"
        print(f"Azure rejected the credentials for {host}: {hint}. Not retrying.", file=sys.stderr)
        sys.exit(2)
