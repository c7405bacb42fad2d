"""Fixed: a refusal by the safety system is recognised by its code and reported to the user, who
must change the prompt. It is never retried unchanged."""
import sys

from openai import BadRequestError, OpenAI

client = OpenAI()
# content_policy_violation (DALL-E), moderation_blocked (gpt-image models), invalid_prompt (chat
# and reasoning models): the same decision, three codes.
REFUSALS = {"content_policy_violation", "moderation_blocked", "invalid_prompt"}

try:
    img = client.images.generate(
        model="dall-e-3",
        prompt="A poster for the battle scene in chapter 12",
        size="1024x1024",
    )
    print(img.data[0].url if img.data else None)
except BadRequestError as e:
    if e.code not in REFUSALS:
        raise
    print(
        f"The prompt was refused by OpenAI's safety system ({e.code}). Rephrase it; "
        f"sending it again unchanged fails the same way. [request {e.request_id}]",
        file=sys.stderr,
    )
    sys.exit(2)
