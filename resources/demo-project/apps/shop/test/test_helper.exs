# The :slow test (reservation expiry) runs by default; skip it locally with
#   mix test --exclude slow
ExUnit.start()
