"""Fixed: detect a cut-off stream (an exception or no finish_reason) and send it again."""
import time

import httpx
from google import genai
from google.genai import errors

client = genai.Client()


class StreamCutOff(Exception):
    pass


def stream_answer(prompt: str) -> str:
    text, finish_reason = "", None
    try:
        for chunk in client.models.generate_content_stream(model="gemini-2.5-flash", contents=prompt):
            text += chunk.text or ""
            if chunk.candidates and chunk.candidates[0].finish_reason:
                finish_reason = chunk.candidates[0].finish_reason
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout) as e:
        raise StreamCutOff(f"stream cut off after {len(text)} characters: {e}") from e
    if finish_reason is None:
        raise StreamCutOff(f"stream ended without finish_reason after {len(text)} characters")
    return text


def ask(prompt: str, attempts: int = 3) -> str:
    for attempt in range(1, attempts + 1):
        try:
            return stream_answer(prompt)
        except StreamCutOff as e:
            if attempt == attempts:
                raise
            print(f"{e}; retrying ({attempt + 1}/{attempts})")
            time.sleep(0.5 * attempt)
    raise RuntimeError("unreachable")


try:
    print(ask("How do I migrate the database?"))
except errors.APIError as e:  # HTTP errors keep their own handling
    raise SystemExit(f"Gemini error {e.code} {e.status}: {e.message}")
