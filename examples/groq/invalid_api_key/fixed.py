"""Fixed: Groq's own client reads GROQ_API_KEY, and a 401 stops at once with a clear message."""
import os
import sys

import groq
from groq import Groq

api_key = os.environ.get("GROQ_API_KEY", "").strip().strip("\"'")
if not api_key:
    sys.exit("GROQ_API_KEY is not set. Create a key at https://console.groq.com/keys")
if not api_key.startswith("gsk_"):
    print("Warning: Groq API keys start with 'gsk_'; this looks like another provider's key.", file=sys.stderr)

client = Groq(api_key=api_key)

try:
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except groq.AuthenticationError as e:
    # groq-python keeps the whole body: {"error": {"message", "type", "code"}}.
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    print(
        f"Groq rejected the API key ending in {api_key[-4:]!r} ({error.get('code', 'HTTP 401')}). "
        "Check that GROQ_API_KEY holds a key from https://console.groq.com/keys. Retrying will not help.",
        file=sys.stderr,
    )
    sys.exit(2)
