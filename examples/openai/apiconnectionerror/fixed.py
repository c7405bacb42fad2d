"""Fixed: keep the SDK's retries, and log the root cause of a connection error."""
import sys

import openai
from openai import OpenAI

# max_retries=2 is the default: a dropped connection is sent again twice, with backoff.
# Behind a corporate proxy, HTTPS_PROXY is read from the environment (trust_env=True).
client = OpenAI(max_retries=2)


def root_cause(exc: BaseException) -> BaseException:
    """The innermost exception: httpx.ConnectError, ssl.SSLCertVerificationError, ..."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


try:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
except openai.APITimeoutError:
    raise  # a subclass of APIConnectionError: handle timeouts separately
except openai.APIConnectionError as e:
    cause = root_cause(e)
    # e.g. "ConnectError: [Errno 111] Connection refused" or
    # "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] ..."
    print(f"Cannot reach {client.base_url}: {type(cause).__name__}: {cause}", file=sys.stderr)
    print("Check the base URL, HTTPS_PROXY, firewall and CA certificates (SSL_CERT_FILE).", file=sys.stderr)
    sys.exit(2)
