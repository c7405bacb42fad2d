"""Fixed: a 400 INVALID_ARGUMENT is reported once, with the reason, and never retried."""
import os
import sys
from typing import Optional

from google import genai
from google.genai import errors

# Both SDKs prefer GOOGLE_API_KEY over GEMINI_API_KEY when both are set: say which one is used.
KEY_VAR = "GOOGLE_API_KEY" if os.environ.get("GOOGLE_API_KEY") else "GEMINI_API_KEY"
# .strip() removes stray spaces and newlines that .env files and CI secrets add.
client = genai.Client(api_key=os.environ.get(KEY_VAR, "").strip() or None)


def error_reason(e: errors.APIError) -> Optional[str]:
    # e.details is the whole response body; ErrorInfo carries a machine-readable reason.
    for item in (e.details or {}).get("error", {}).get("details", []):
        if item.get("@type") == "type.googleapis.com/google.rpc.ErrorInfo":
            return item.get("reason")
    return None


def main() -> int:
    try:
        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    except errors.ClientError as e:
        if e.status != "INVALID_ARGUMENT":
            raise
        if error_reason(e) == "API_KEY_INVALID":
            print(
                f"Gemini rejected the API key (API_KEY_INVALID): check {KEY_VAR} or create a new key.",
                file=sys.stderr,
            )
        else:
            # e.g. "The input token count (1200293) exceeds the maximum number of tokens allowed
            # (1048576)." The message names what to fix.
            print(f"Gemini rejected the request (INVALID_ARGUMENT): {e.message}", file=sys.stderr)
        print("Retrying will not help.", file=sys.stderr)
        return 2
    print(response.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
