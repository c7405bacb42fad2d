"""Broken: a key pasted into the source, and a 403 hidden behind "try again later"."""
import sys

from google import genai

# Anything in the source ends up in the repository; scanners find such keys and Google
# blocks them with 403 PERMISSION_DENIED ("Your API key was reported as leaked").
client = genai.Client(api_key="AIza-pasted-into-the-source")


def ask(prompt: str) -> str:
    try:
        return client.models.generate_content(model="gemini-2.5-flash", contents=prompt).text or ""
    except Exception:
        print("The assistant is busy right now. Please try again later.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    print(ask("Hello"))
