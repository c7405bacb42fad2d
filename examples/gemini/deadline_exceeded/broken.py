"""Broken: a tight timeout for a large input, and no handling of 504 DEADLINE_EXCEEDED."""
from google import genai
from google.genai import types

# The timeout is in milliseconds, and the SDK also sends it to the server as the deadline
# (X-Server-Timeout). 15 seconds is too short for a large input to a Pro model.
client = genai.Client(http_options=types.HttpOptions(timeout=15_000))


def summarise(text: str) -> str:
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Summarise this report in one sentence:\n{text}",
    )
    return response.text or ""


if __name__ == "__main__":
    report = "Revenue, costs and headcount by region for the quarter. " * 5000
    print(summarise(report))
