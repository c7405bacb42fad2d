"""Broken: an old exported key wins over .env, and a blanket retry loop hides the 401."""
import time

from dotenv import load_dotenv
from openai import OpenAI

# load_dotenv() does not override variables that are already set. If an old key is
# exported in ~/.bashrc or the CI settings, that one is sent, not the key in .env.
load_dotenv()
client = OpenAI()


def ask(prompt: str) -> str:
    for attempt in range(1, 4):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except Exception:  # also swallows openai.AuthenticationError (401)
            print(f"Attempt {attempt} failed, retrying...")
            time.sleep(2 * attempt)
    raise RuntimeError("OpenAI is unavailable, please try again later.")


if __name__ == "__main__":
    print(ask("Hello"))
