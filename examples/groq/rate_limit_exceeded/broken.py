"""Broken: every 429 from Groq is read as "quota used up", so a per-minute limit stops the program."""
import sys

import groq
from groq import Groq

client = Groq(max_retries=0)  # reads GROQ_API_KEY; retries off: "we handle errors ourselves"

try:
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except groq.RateLimitError:
    # "Need more tokens? Upgrade to Dev Tier" sounds like billing, but this 429 is usually a
    # per-minute limit that clears in seconds (see the retry-after header).
    print("Groq quota exhausted: upgrade to the Dev Tier to continue.", file=sys.stderr)
    sys.exit(1)
