"""Fixed: a region block is recognised by its code and reported with what to check."""
import sys

from openai import OpenAI, PermissionDeniedError

client = OpenAI()


def ask(prompt: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


if __name__ == "__main__":
    try:
        print(ask("Hello"))
    except PermissionDeniedError as e:
        if e.code == "unsupported_country_region_territory":
            # The API judges the network location of the machine that sends the request,
            # i.e. this server or its outbound proxy, not where the end user is.
            print(
                "OpenAI does not serve the country or region this server connects from. "
                "Run it in a supported region (see the supported countries list). Retrying will not help.",
                file=sys.stderr,
            )
        else:
            print(f"Permission denied ({e.code or 'HTTP 403'}): {e}", file=sys.stderr)
        sys.exit(2)
