extension NginxConfig {
  /// The `server` block: a 404 for everything, locations per partner, then the JSON errors.
  static func server(_ input: ServerConfigInput) -> [String] {
    let locations = input.partners.enumerated().flatMap { index, partner in
      ServedRoute.allCases.flatMap { location(partner, index: index, $0) }
    }
    let errorPages = ErrorAnswer.allCases.map { "error_page \($0.rawValue) @edye_\($0.rawValue);" }
    return [
      "server {",
      "    listen \(input.listen) default_server;",
      "    server_name _;",
      "    root \(ConfigQuoting.quoted(input.outputRoot));",
      "    add_header X-Request-Id $request_id always;",
      "    # The 403 message; a partner location sets its own reason before answering 403.",
      "    set $edye_forbidden \"\(ErrorAnswer.forbidden.message)\";",
    ] + errorPages.map { "    " + $0 } + [
      "",
      "    location / {",
      "        return 404;",
      "    }",
    ] + (locations + errorLocations()).map { $0.isEmpty ? "" : "    " + $0 } + ["}"]
  }

  private static func location(_ partner: ServerPartner, index: Int, _ route: ServedRoute)
    -> [String]
  {
    let pattern = ConfigQuoting.quoted(route.pattern(partner: partner.id))
    let query =
      route.servesLists ? ["if ($edye_query_error != \"\") {", "    return 400;", "}"] : []
    let limit = partner.rateLimit.map {
      ["limit_req zone=\(zoneName(partner)) burst=\($0.burst) nodelay;"]
    }
    return ["", "location ~ \(pattern) {"]
      + (address(partner, index: index) + access(partner) + query + (limit ?? [])).map {
        "    " + $0
      }
      + [
        "    default_type \(ConfigQuoting.quoted(route.contentType));",
        "    add_header X-Request-Id $request_id always;",
        "    add_header Cache-Control \(ConfigQuoting.quoted(route.cacheControl));",
        "    add_header Vary \"Accept-Encoding\";",
        "}",
      ]
  }

  private static func address(_ partner: ServerPartner, index: Int) -> [String] {
    guard !partner.allowIPs.isEmpty else { return [] }
    return [
      "if (\(allowVariable(index)) = 0) {",
      "    set $edye_forbidden \"\(ErrorAnswer.addressNotAllowed)\";",
      "    return 403;",
      "}",
    ]
  }

  private static func access(_ partner: ServerPartner) -> [String] {
    guard !partner.credentials.isEmpty else {
      return ["# Public: no credential needed."]
    }
    return [
      "if ($edye_client = \"\") {",
      "    return 401;",
      "}",
      "if ($edye_client != \"\(partner.id)\") {",
      "    return 403;",
      "}",
    ]
  }

  /// One named location per ``ErrorAnswer``: the JSON body with the request id.
  private static func errorLocations() -> [String] {
    ErrorAnswer.allCases.flatMap { answer in
      let message =
        switch answer {
        case .badRequest: "$edye_400_error"
        case .forbidden: "$edye_forbidden"
        default: answer.message
        }
      let extra =
        switch answer {
        case .unauthorized: ["    add_header WWW-Authenticate $edye_challenge always;"]
        case .tooManyRequests: ["    add_header Retry-After $edye_retry_after always;"]
        default: [String]()
        }
      return [
        "", "location @edye_\(answer.rawValue) {",
        "    add_header X-Request-Id $request_id always;",
      ] + extra + [
        "    return \(answer.rawValue) '\(answer.body(message: message, requestID: "$request_id"))';",
        "}",
      ]
    }
  }
}
