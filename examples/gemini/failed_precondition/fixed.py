"""Fixed: stops at the first FAILED_PRECONDITION and says what to change in the project."""
import sys

from google import genai
from google.genai import errors

client = genai.Client()


def main() -> int:
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    except errors.ClientError as e:
        if e.status != "FAILED_PRECONDITION":
            raise
        # e.message is the API's own explanation, e.g. "User location is not supported
        # for the API use." or the free-tier / billing message.
        print(f"Gemini refused the project (FAILED_PRECONDITION): {e.message}", file=sys.stderr)
        print(
            "Enable billing on the project in Google AI Studio, or run from a supported region. "
            "Another model or a retry will not help.",
            file=sys.stderr,
        )
        return 2
    print(response.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
