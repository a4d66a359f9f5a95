extension NginxConfig {
  /// The `server` block: a 404 for everything, then two locations per partner.
  static func server(_ input: ServerConfigInput) -> [String] {
    let locations = input.partners.flatMap { partner in
      ServedRoute.allCases.flatMap { location(partner, $0) }
    }
    return [
      "server {",
      "    listen \(input.listen) default_server;",
      "    server_name _;",
      "    root \(ConfigQuoting.quoted(input.outputRoot));",
      "",
      "    location / {",
      "        return 404;",
      "    }",
    ] + locations.map { $0.isEmpty ? "" : "    " + $0 } + ["}"]
  }

  private static func location(_ partner: ServerPartner, _ route: ServedRoute) -> [String] {
    let pattern = ConfigQuoting.quoted(route.pattern(partner: partner.id))
    return ["", "location ~ \(pattern) {"]
      + access(partner).map { "    " + $0 }
      + [
        "    default_type \(ConfigQuoting.quoted(route.contentType));",
        "    add_header Cache-Control \(ConfigQuoting.quoted(route.cacheControl));",
        "    add_header Vary \"Accept-Encoding\";",
        "}",
      ]
  }

  private static func access(_ partner: ServerPartner) -> [String] {
    guard let credential = partner.credential else {
      return ["# Public: no credential needed."]
    }
    return [
      "if ($edye_client = \"\") {",
      "    return 401;",
      "}",
      "if ($edye_client != \"\(partner.id)\") {",
      "    return 403;",
      "}",
      "add_header WWW-Authenticate $edye_\(credential.scheme.rawValue)_challenge always;",
    ]
  }
}
