"""Broken: a batch job that jumps from nothing to 50 parallel requests at once.
A sudden jump like this is what the "Slow Down" 503 is about, and nothing handles it."""
from concurrent.futures import ThreadPoolExecutor

from openai import OpenAI

client = OpenAI()


def summarise(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise: {text}"}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    documents = [f"document {i}" for i in range(500)]
    with ThreadPoolExecutor(max_workers=50) as pool:
        # The first openai.InternalServerError (503) ends the whole batch.
        for summary in pool.map(summarise, documents):
            print(summary)
