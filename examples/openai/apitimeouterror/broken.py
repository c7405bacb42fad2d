"""Broken: a short client-wide timeout, and a timeout reported as a network problem."""
import openai
from openai import OpenAI

client = OpenAI(timeout=20.0)  # seconds; fine for short chat replies

try:
    resp = client.chat.completions.create(
        model="o4-mini",
        messages=[{"role": "user", "content": "Plan the database migration step by step."}],
    )
    print(resp.choices[0].message.content)
except openai.APIConnectionError as e:
    # Also catches APITimeoutError (a subclass): after 3 attempts of 20 s each.
    print(f"Network problem, check your connection: {e}")
except openai.APITimeoutError:  # never reached
    print("Timed out")
