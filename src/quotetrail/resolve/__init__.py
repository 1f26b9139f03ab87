"""Speaker resolution: within an article (speakers) and across articles (identities)."""
