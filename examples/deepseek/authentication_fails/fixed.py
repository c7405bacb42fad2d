"""Fixed: DeepSeek's key passed explicitly, checked before use, and a 401 explained."""
import os
import re
import sys

import openai
from openai import OpenAI

api_key = os.environ.get("DEEPSEEK_API_KEY", "").strip()
# Placeholders and stray quotes are the usual copy-paste mistakes: {deepseek}, "sk-...", <key>.
if not api_key or re.search(r"""^["'{<$]|["'}>]$""", api_key):
    sys.exit("DEEPSEEK_API_KEY is missing, quoted or still a placeholder: set it to the key from platform.deepseek.com.")

client = OpenAI(
    api_key=api_key,
    base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
)

try:
    resp = client.chat.completions.create(
        model="deepseek-flash",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.AuthenticationError as e:
    # "Authentication Fails, Your api key: ****abcd is invalid" or "Authentication Fails (no such user)"
    message = e.body.get("message", "") if isinstance(e.body, dict) else str(e)
    match = re.search(r"api key: \*+(\S+) is invalid", message, re.IGNORECASE)
    received = match.group(1) if match else "?"
    print(
        f'DeepSeek rejected the key (401). It received a key ending in "{received}"; '
        f'DEEPSEEK_API_KEY ends in "{api_key[-4:]}". If they differ, another key was sent; '
        "if they match, the key was deleted or mistyped: create a new one at https://platform.deepseek.com/api_keys.",
        file=sys.stderr,
    )
    sys.exit(2)
