"""Fixed: an interrupted stream is detected and the request is sent again (bounded)."""
import time

import anthropic
import httpx

client = anthropic.Anthropic()


class StreamCutOff(Exception):
    pass


def stream_answer(prompt: str) -> str:
    text = ""
    try:
        with client.messages.stream(
            model="claude-sonnet-4-6",
            max_tokens=2048,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for delta in stream.text_stream:
                text += delta
            message = stream.get_final_message()
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout) as e:
        # Raised mid-stream by httpx; the SDK neither wraps nor retries it.
        raise StreamCutOff(f"stream cut off after {len(text)} characters: {e}") from e
    if message.stop_reason is None:
        raise StreamCutOff(f"stream ended without message_stop after {len(text)} characters")
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


print(ask("How do I migrate the database?"))
