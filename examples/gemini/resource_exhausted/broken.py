"""Broken: OpenAI-style handling that reads every Gemini 429 as "no credit left"."""
import sys

from google import genai

# google-genai retries nothing unless HttpOptions(retry_options=...) is set.
client = genai.Client()


def ask(prompt: str) -> str:
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)
        return response.text or ""
    except Exception as e:
        # Gemini reuses OpenAI's quota sentence word for word, so this matches a per-minute
        # limit that clears in seconds as well as a daily quota. The QuotaFailure and
        # RetryInfo details that tell them apart are never read.
        if "You exceeded your current quota" in str(e):
            print("Out of credit: add a payment method or top up your balance.", file=sys.stderr)
            sys.exit(1)
        raise


if __name__ == "__main__":
    print(ask("Hello"))
