"""Fixed: the timeout in milliseconds, retries for timeouts, and a clear message."""
import sys

import httpx
from google import genai
from google.genai import types

client = genai.Client(
    http_options=types.HttpOptions(
        timeout=30_000,  # milliseconds: 30 s per attempt
        # Retries 408/429/5xx, and from google-genai 1.74.0 also httpx timeouts and ConnectError.
        retry_options=types.HttpRetryOptions(attempts=3),
    ),
)

try:
    resp = client.models.generate_content(model="gemini-2.5-flash", contents="Summarise this report: ...")
    print(resp.text)
except httpx.TimeoutException as e:  # ReadTimeout, ConnectTimeout, WriteTimeout, PoolTimeout
    print(f"Gemini did not answer within 30 s ({type(e).__name__}): stream the answer or shorten the input.",
          file=sys.stderr)
    sys.exit(2)
