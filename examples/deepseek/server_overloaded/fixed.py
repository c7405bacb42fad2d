"""Fixed: more retries with backoff, one deadline for the whole call, a clear failure."""
import asyncio
import os
import sys

import openai
from openai import AsyncOpenAI

client = AsyncOpenAI(
    api_key=os.environ["DEEPSEEK_API_KEY"],
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
    max_retries=5,  # 408, 409, 429 and 5xx, with growing delays
    timeout=120.0,  # per attempt; a read timeout restarts with every byte received
)


async def ask(prompt: str) -> str:
    # Under load DeepSeek may keep the connection open and send only keep-alive bytes, which
    # keep resetting the read timeout: one overall deadline ends the call whatever arrives.
    resp = await asyncio.wait_for(
        client.chat.completions.create(
            model="deepseek-flash",
            messages=[{"role": "user", "content": prompt}],
        ),
        timeout=300,
    )
    return resp.choices[0].message.content or ""


async def main() -> int:
    try:
        print(await ask("Summarise the release notes."))
    except (openai.InternalServerError, asyncio.TimeoutError) as e:
        if isinstance(e, openai.InternalServerError) and e.status_code != 503:
            raise
        print("DeepSeek is overloaded right now (503). Try again later, or switch to a fallback provider.", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
