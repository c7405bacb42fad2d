"""Fixed: the key comes from the environment; a 403 is reported with its message, not retried."""
import sys

from google import genai
from google.genai import errors

client = genai.Client()  # reads GEMINI_API_KEY (or GOOGLE_API_KEY) on the server


def main() -> int:
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    except errors.ClientError as e:
        if e.status != "PERMISSION_DENIED":
            raise
        print(f"Gemini denied access (PERMISSION_DENIED): {e.message}", file=sys.stderr)
        if "leaked" in (e.message or "").lower():
            hint = "Create a new key in Google AI Studio, delete the old one, and keep keys out of code."
        else:
            hint = (
                "Check the key's project, its API restrictions, "
                "and that the Generative Language API is enabled."
            )
        print(hint, file=sys.stderr)
        return 2
    print(response.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
