"""Fixed: connection errors are caught as httpx errors and retried a bounded number of times."""
import sys

import httpx
from google import genai
from google.genai import errors, types

# From google-genai 1.74.0, HttpRetryOptions also retries httpx.ConnectError and timeouts
# (before that it retried HTTP statuses only). A proxy is read from HTTPS_PROXY.
client = genai.Client(
    http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=3)),
)

try:
    resp = client.models.generate_content(model="gemini-2.5-flash", contents="Hello")
    print(resp.text)
except httpx.ConnectError as e:
    # Still failing after the retries: a configuration problem, not a blip.
    print(f"Cannot reach the Gemini API: {e!r}", file=sys.stderr)
    print("Check HTTPS_PROXY, the firewall, DNS and CA certificates (SSL_CERT_FILE).", file=sys.stderr)
    sys.exit(2)
except errors.APIError as e:
    print(f"Gemini error {e.code} {e.status}: {e.message}", file=sys.stderr)
    sys.exit(1)
