"""Broken: a retired model name, hard-coded; the script dies with a 404 NOT_FOUND."""
from google import genai
from google.genai import types

# Copied from an old tutorial. Retired models are not redirected to a newer version: every call
# now fails with google.genai.errors.ClientError: 404 NOT_FOUND.
MODEL = "gemini-1.5-flash"

client = genai.Client()


def answer(question: str) -> str:
    response = client.models.generate_content(
        model=MODEL,
        contents=question,
        config=types.GenerateContentConfig(temperature=0.2),
    )
    return response.text or ""


if __name__ == "__main__":
    print(answer("Hello"))
