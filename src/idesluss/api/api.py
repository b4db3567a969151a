from ninja import NinjaAPI

api = NinjaAPI(title="Idésluss API", version="1", urls_namespace="api")
