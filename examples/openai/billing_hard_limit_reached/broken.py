"""Broken: every 400 is read as "the user's prompt was bad", so an account that has hit its spend
limit sends users off to rewrite prompts that were fine."""
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()

try:
    img = client.images.generate(
        model="dall-e-3",
        prompt="A red envelope with a gold coin, paper-cut style",
        size="1024x1024",
    )
    print(img.data[0].url if img.data else None)
except BadRequestError:
    print("Your prompt could not be used. Please try a different description.", file=sys.stderr)
    sys.exit(1)
