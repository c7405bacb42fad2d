/**
 * What each HTTP status means in general, before any provider gives it its own meaning:
 * the reason phrase (RFC 9110 and the IANA registry; 529 is Anthropic's own) and one short
 * paragraph per language, shown at the top of the status page `/<lang>/status/<status>/`
 * and in the status API. An entry whose status is missing here stops the build
 * (`statusMeaning`), naming the status, so a new status always arrives with its text.
 *
 * The Japanese follows the house style of CONTRIBUTING.md (ですます, a half-width space
 * between Japanese and Latin letters or numbers).
 */
import type { Locale } from '~/site.config';

export interface HttpStatusMeaning {
  /** The reason phrase, as servers write it after the code: `Too Many Requests`. */
  reason: string;
  /** One short paragraph per language: what the status says, whatever the provider. */
  meaning: Record<Locale, string>;
}

export const httpStatuses = {
  400: {
    reason: 'Bad Request',
    meaning: {
      en: 'The server will not process the request because something in it is wrong: a malformed body, a missing or unknown parameter, a value out of range, input too long for the model. Sending it again unchanged fails again; the error body says which part to fix.',
      ja: 'リクエストの内容に誤りがあるため、サーバーが処理しません。壊れたボディ、足りないパラメーターや未知のパラメーター、範囲外の値、モデルに対して長すぎる入力などです。同じ内容で送り直しても失敗するので、エラーボディが示す箇所を直します。',
    },
  },
  401: {
    reason: 'Unauthorized',
    meaning: {
      en: 'The request did not prove who sent it: the API key or token is missing, mistyped, revoked, expired or meant for another endpoint. Nothing about the request itself is checked until the credentials are right.',
      ja: 'リクエストの送り主を確認できませんでした。API キーやトークンがない、打ち間違えている、失効している、期限切れ、別のエンドポイント用のいずれかです。認証情報が正しくなるまで、リクエストの中身は確認されません。',
    },
  },
  402: {
    reason: 'Payment Required',
    meaning: {
      en: 'The account has no credit left to pay for the request. The key and the request are fine; adding credit or raising a spending limit is what fixes it, and retrying before that does not.',
      ja: 'リクエストの代金を払うクレジットがアカウントに残っていません。キーとリクエストは正しく、クレジットの追加か利用上限の引き上げで直ります。それまでは再試行しても失敗します。',
    },
  },
  403: {
    reason: 'Forbidden',
    meaning: {
      en: 'The server knows who is asking and refuses: the key, project or account lacks the permission, the model access, the region or the verification the request needs, or it was blocked. A new key of the same account usually fails the same way.',
      ja: '送り主は分かったうえで、サーバーが拒否しています。キーやプロジェクト、アカウントに、必要な権限、モデルへのアクセス、利用できる地域、本人確認のいずれかが足りないか、ブロックされています。同じアカウントの別のキーでも同じように失敗するのが普通です。',
    },
  },
  404: {
    reason: 'Not Found',
    meaning: {
      en: 'What the request names does not exist for this caller: a model, a deployment, an endpoint path or a resource, often because of a typo, a retired model, the wrong region or an account without access to it.',
      ja: 'リクエストで指定したものが、この呼び出し元からは見つかりません。対象はモデル、デプロイ、エンドポイントのパス、リソースなどです。打ち間違い、提供終了したモデル、リージョン違い、アクセス権のないアカウントが主な原因です。',
    },
  },
  405: {
    reason: 'Method Not Allowed',
    meaning: {
      en: 'The path exists but does not accept this HTTP method, usually a GET sent where the API expects a POST, or a base URL that points at the wrong path.',
      ja: 'パスは存在しますが、この HTTP メソッドを受け付けません。POST が必要なところへ GET を送った場合や、ベース URL が別のパスを指している場合によく起きます。',
    },
  },
  408: {
    reason: 'Request Timeout',
    meaning: {
      en: 'The server gave up waiting: the request, or the model working on it, took longer than the server allows. A shorter request, a smaller output or a retry after a pause usually gets through.',
      ja: 'サーバーが待ちきれずに打ち切りました。リクエストの受信か、それを処理するモデルが、サーバーの許す時間を超えています。リクエストや出力を短くするか、少し待ってから再試行すると通るのが普通です。',
    },
  },
  409: {
    reason: 'Conflict',
    meaning: {
      en: 'The request conflicts with the current state of a resource, such as one being created, updated or deleted at the same moment. Retrying once the other operation has finished usually works.',
      ja: 'リクエストがリソースの現在の状態と衝突しています。同じリソースを同時に作成、更新、削除している場合などです。もう一方の操作が終わってから再試行すると通るのが普通です。',
    },
  },
  410: {
    reason: 'Gone',
    meaning: {
      en: 'What the request names existed once and has been removed for good, like a retired model or endpoint. Move to its successor; retrying never helps.',
      ja: 'リクエストで指定したものは、以前存在していましたが完全に削除されています。提供終了したモデルやエンドポイントなどです。後継に移行する必要があり、再試行では直りません。',
    },
  },
  413: {
    reason: 'Content Too Large',
    meaning: {
      en: 'The request body is larger than the server accepts, before the model even reads it: too many images or files, a huge prompt, a payload over the size limit. Send less in one request.',
      ja: 'リクエストボディが、サーバーの受け付ける大きさを超えています。モデルが読む前の段階で、画像やファイルが多すぎる、プロンプトが巨大、ペイロードがサイズ上限を超えている、などです。1 回のリクエストで送る量を減らします。',
    },
  },
  415: {
    reason: 'Unsupported Media Type',
    meaning: {
      en: 'The server does not accept the body in the format it was sent: usually a missing or wrong Content-Type header, or a file type the endpoint does not take.',
      ja: '送られた形式のボディをサーバーが受け付けません。Content-Type ヘッダーがない、または誤っている場合や、そのエンドポイントが扱わないファイル形式の場合によく起きます。',
    },
  },
  422: {
    reason: 'Unprocessable Content',
    meaning: {
      en: 'The body is well-formed JSON, but its fields fail validation: an extra field the API forbids, a wrong type, a missing required value. The error lists the fields; sending it again unchanged fails again.',
      ja: 'ボディは JSON として正しいものの、フィールドが検証を通りません。API が禁じる余分なフィールド、型の誤り、必須の値の欠落などです。エラーに該当フィールドが示されており、同じ内容で送り直しても失敗します。',
    },
  },
  424: {
    reason: 'Failed Dependency',
    meaning: {
      en: 'The service accepted the request but something it depends on failed, such as the model behind it returning an error. The request may be fine; retrying after a pause, or with a different input, can succeed.',
      ja: 'サービスはリクエストを受け付けましたが、依存先が失敗しました。背後のモデルがエラーを返した場合などです。リクエスト自体は正しいこともあり、少し待つか入力を変えて再試行すると通ることがあります。',
    },
  },
  429: {
    reason: 'Too Many Requests',
    meaning: {
      en: 'The caller is over a limit. Usually a rate limit (requests or tokens per minute), which passes after a wait: back off and honour Retry-After. But several providers also answer 429 when credit or a quota is used up, which no wait fixes: the body says which.',
      ja: '呼び出し元が上限を超えています。多くはレート制限（1 分あたりのリクエスト数やトークン数）で、時間がたてば解除されるため、間隔を空けて Retry-After に従います。ただし、クレジットやクォータを使い切ったときも 429 を返すプロバイダーがあり、その場合は待っても直りません。どちらかはボディで分かります。',
    },
  },
  500: {
    reason: 'Internal Server Error',
    meaning: {
      en: 'Something failed on the provider’s side while handling a request that may well be valid. A retry with backoff usually succeeds; when the same request fails every time, the input may be triggering the fault.',
      ja: '正しいリクエストであっても、処理中にプロバイダー側で何かが失敗しました。間隔を空けた再試行で通るのが普通です。同じリクエストが毎回失敗するなら、入力が不具合を引き起こしている可能性があります。',
    },
  },
  501: {
    reason: 'Not Implemented',
    meaning: {
      en: 'The server does not support what the request asks for at all, such as a feature this endpoint or model does not offer. Retrying never helps; use an endpoint or model that has it.',
      ja: 'リクエストが求める機能を、サーバーがそもそも備えていません。このエンドポイントやモデルにない機能などです。再試行では直らないため、その機能を持つエンドポイントやモデルを使います。',
    },
  },
  502: {
    reason: 'Bad Gateway',
    meaning: {
      en: 'A gateway or proxy in front of the model got an invalid answer, or none, from the server behind it. Usually transient: retry with backoff. A proxy of your own can cause it too.',
      ja: 'モデルの手前にあるゲートウェイやプロキシが、背後のサーバーから不正な応答を受け取ったか、応答を受け取れませんでした。多くは一時的なもので、間隔を空けて再試行します。自前のプロキシが原因のこともあります。',
    },
  },
  503: {
    reason: 'Service Unavailable',
    meaning: {
      en: 'The service cannot take the request right now: overloaded, at capacity for the model, or under maintenance. The request is fine; retry with backoff, or switch to another model or region.',
      ja: 'サービスが今はリクエストを受けられません。過負荷、モデルの処理能力の上限、メンテナンス中などです。リクエストは正しいため、間隔を空けて再試行するか、別のモデルやリージョンに切り替えます。',
    },
  },
  504: {
    reason: 'Gateway Timeout',
    meaning: {
      en: 'A gateway in front of the model stopped waiting for an answer. Long generations and large inputs hit it most; stream the response, ask for less, or retry.',
      ja: 'モデルの手前にあるゲートウェイが、応答を待つのをやめました。生成が長い場合や入力が大きい場合に起きやすく、ストリーミングにする、出力を減らす、再試行するといった対処が効きます。',
    },
  },
  529: {
    reason: 'Overloaded',
    meaning: {
      en: 'Not a standard HTTP status: Anthropic’s API uses it to say its servers are overloaded across all users, not that you are over your own limit. Retry with backoff; it passes on its own.',
      ja: '標準の HTTP ステータスではありません。Anthropic の API が、自分の上限ではなく全利用者にわたってサーバーが過負荷であることを示すのに使います。間隔を空けて再試行すれば、そのうち解消します。',
    },
  },
} as const satisfies Record<number, HttpStatusMeaning>;

/** The status's reason phrase and meaning; throws, naming the status and this file, when it has none. */
export function statusMeaning(status: number): HttpStatusMeaning {
  const found = (httpStatuses as Record<number, HttpStatusMeaning>)[status];
  if (!found) {
    throw new Error(
      `HTTP ${status} is used by an entry but has no meaning in src/i18n/http-statuses.ts: add its reason phrase and one paragraph per language`,
    );
  }
  return found;
}
