"""Broken: every failure is treated as temporary, so a prompt the safety system refused is sent
again unchanged, and the user is told the service is down."""
import time

from openai import OpenAI

client = OpenAI()


def generate(prompt: str) -> str | None:
    for attempt in range(1, 4):
        try:
            img = client.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024")
            return img.data[0].url if img.data else None
        except Exception:
            print(f"Attempt {attempt} failed, retrying...")
            time.sleep(0.3 * attempt)
    raise RuntimeError("Image service unavailable, please try again later.")


print(generate("A poster for the battle scene in chapter 12"))
