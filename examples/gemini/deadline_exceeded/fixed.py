"""Fixed: a deadline sized for the job, and one retry on 504 DEADLINE_EXCEEDED."""
import sys

from google import genai
from google.genai import errors, types

# 10 minutes, in milliseconds; the SDK sends it to the server as the deadline in seconds.
client = genai.Client(http_options=types.HttpOptions(timeout=10 * 60_000))

report = "Revenue, costs and headcount by region for the quarter. " * 5000


def summarise(text: str, retries: int = 1) -> str:
    try:
        response = client.models.generate_content(
            model="gemini-2.5-pro",
            contents=f"Summarise this report in one sentence:\n{text}",
        )
        return response.text or ""
    except errors.ServerError as e:
        if e.code != 504 or retries == 0:
            raise
        # A second timeout means the input is too big to finish in time: split it instead.
        print("504 DEADLINE_EXCEEDED: retrying once", file=sys.stderr)
        return summarise(text, retries - 1)


if __name__ == "__main__":
    print(summarise(report))
