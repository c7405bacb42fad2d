"""Broken: three immediate retries inside the same overload spike, then give up."""
import sys

from google import genai

client = genai.Client()


def ask(prompt: str) -> str:
    for _ in range(3):
        try:
            response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)
            return response.text or ""
        except Exception:
            pass  # no wait: the next attempt hits the same overloaded capacity
    print("Gemini is down. Try again later.", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    print(ask("Hello"))
