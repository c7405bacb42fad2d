"""Fixed: detect a cut-off stream (an exception or no finish_reason) and send it again."""
import time

import httpx  # openai < 3.0; with openai >= 3.0 the transport errors are httpx2's
import openai
from openai import OpenAI

client = OpenAI()


class StreamCutOff(Exception):
    pass


def stream_answer(prompt: str) -> str:
    text, finished = "", False
    try:
        with client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        ) as stream:
            for chunk in stream:
                if not chunk.choices:
                    continue
                text += chunk.choices[0].delta.content or ""
                if chunk.choices[0].finish_reason:
                    finished = True
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout) as e:
        # Raised while iterating: the SDK does not wrap these mid-stream.
        raise StreamCutOff(f"stream cut off after {len(text)} characters: {e}") from e
    if not finished:
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


if __name__ == "__main__":
    try:
        print(ask("How do I migrate the database?"))
    except openai.APIError as e:  # HTTP errors keep their own handling
        raise SystemExit(f"OpenAI error: {e}")
