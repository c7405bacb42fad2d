"""Broken: retries every failure, including a 400 INVALID_ARGUMENT that can never succeed."""
import sys
import time

from google import genai

client = genai.Client()


def ask(prompt: str) -> str:
    for attempt in range(1, 4):
        try:
            response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)
            return response.text or ""
        except Exception:
            # The exception is dropped unread: its status and message say what to fix.
            print(f"Gemini call failed (attempt {attempt}), retrying...", file=sys.stderr)
            time.sleep(0.5 * attempt)
    print("Gemini seems to be down, giving up.", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    print(ask("Hello"))
