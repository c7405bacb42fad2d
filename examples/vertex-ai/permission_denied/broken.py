"""Broken: every Vertex AI failure retried as if it were transient."""
import time

from google import genai

client = genai.Client(vertexai=True)  # GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, ADC


def ask(prompt: str) -> str:
    for attempt in range(1, 4):
        try:
            return client.models.generate_content(model="gemini-2.5-flash", contents=prompt).text or ""
        except Exception:
            # A 403 PERMISSION_DENIED is the same on every attempt.
            print(f"Vertex AI call failed (attempt {attempt}), retrying.")
            time.sleep(0.2 * attempt)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello"))
