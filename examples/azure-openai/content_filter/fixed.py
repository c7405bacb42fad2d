"""Fixed: handles the content filter on the prompt (HTTP 400) and on the completion (finish_reason)."""
import sys
from typing import Any, Optional

from openai import AzureOpenAI, BadRequestError

client = AzureOpenAI(azure_deployment="gpt-4o-mini")


class ContentFiltered(Exception):
    """The prompt or the answer was blocked; the same request is blocked again."""


def tripped(results: Optional[dict[str, Any]]) -> str:
    """'violence: medium' for every category Azure marked as filtered."""
    hits = [
        f"{name}: {r['severity']}" if r.get("severity") else name
        for name, r in (results or {}).items()
        if isinstance(r, dict) and r.get("filtered")
    ]
    return ", ".join(hits) or "no category given"


def write(prompt: str) -> str:
    try:
        stream = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        )
    except BadRequestError as e:
        if e.code != "content_filter":
            raise
        # e.body is the "error" object; innererror names the categories.
        inner = (e.body or {}).get("innererror", {}) if isinstance(e.body, dict) else {}
        raise ContentFiltered(f"prompt blocked ({tripped(inner.get('content_filter_result'))})") from e

    text = ""
    for chunk in stream:
        if not chunk.choices:  # Azure's first chunk: prompt_filter_results only
            continue
        choice = chunk.choices[0]
        text += (choice.delta.content if choice.delta else None) or ""
        if choice.finish_reason == "content_filter":
            # content_filter_results is an Azure extra field, kept by the SDK's models.
            results = getattr(choice, "content_filter_results", None)
            raise ContentFiltered(
                f"answer stopped after {len(text)} characters ({tripped(results)}); partial text discarded"
            )
    return text


if __name__ == "__main__":
    try:
        print(write("Continue the battle at the river ford."))
    except ContentFiltered as e:
        print(f"Blocked by the Azure content filter: {e}. Ask the user to rephrase.", file=sys.stderr)
        sys.exit(3)
