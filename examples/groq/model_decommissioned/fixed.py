"""Fixed: the model comes from configuration; a decommissioned model is reported and replaced."""
import logging
import os

import groq
from groq import Groq

log = logging.getLogger(__name__)
client = Groq()  # reads GROQ_API_KEY

MODEL = os.environ.get("GROQ_MODEL", "mixtral-8x7b-32768")  # a stale setting, as in production
FALLBACK_MODEL = os.environ.get("GROQ_FALLBACK_MODEL", "llama-3.1-8b-instant")


def is_decommissioned(e: groq.BadRequestError) -> bool:
    # groq-python keeps the whole body: {"error": {"message", "type", "code"}}.
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    return error.get("code") == "model_decommissioned"


def ask(prompt: str) -> str:
    try:
        resp = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
    except groq.BadRequestError as e:
        if not is_decommissioned(e):
            raise
        log.error(
            "Groq has decommissioned %s; answering with %s instead. Update GROQ_MODEL "
            "(see https://console.groq.com/docs/deprecations).",
            MODEL,
            FALLBACK_MODEL,
        )
        resp = client.chat.completions.create(
            model=FALLBACK_MODEL, messages=[{"role": "user", "content": prompt}]
        )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    logging.basicConfig()
    print(ask("Hello"))
