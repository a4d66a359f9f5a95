/// What one `publish s3` run did, per partner and in total; written as JSON for scripts.
package struct StorePublishReport: Sendable, Equatable {
  /// One partner's part of the run.
  package struct Partner: Sendable, Equatable {
    /// The partner id.
    package var partner: String
    /// The release now live on the store.
    package var release: Int
    /// Objects PUT.
    package var uploaded: Int
    /// Objects whose stored ETag already matched.
    package var skipped: Int
    /// Objects deleted (old releases, stable keys the release no longer has).
    package var deleted: Int
    /// Of the uploaded objects, those copied server-side from an object with the same bytes.
    package var copied: Int
    /// Body bytes PUT (copies send none).
    package var bytesUploaded: Int

    /// Creates a partner entry.
    package init(
      partner: String, release: Int, uploaded: Int = 0, skipped: Int = 0, deleted: Int = 0,
      copied: Int = 0, bytesUploaded: Int = 0
    ) {
      self.partner = partner
      self.release = release
      self.uploaded = uploaded
      self.skipped = skipped
      self.deleted = deleted
      self.copied = copied
      self.bytesUploaded = bytesUploaded
    }
  }

  /// The store's root URL.
  package var endpoint: String
  /// The bucket.
  package var bucket: String
  /// The key prefix (empty for none).
  package var prefix: String
  /// The partners, in the order published.
  package var partners: [Partner]
  /// HTTP requests sent (listings, PUTs, DELETEs, retries included).
  package var requests: Int
  /// Wall-clock seconds of the run.
  package var seconds: Double

  /// Creates a report.
  package init(
    endpoint: String, bucket: String, prefix: String, partners: [Partner] = [], requests: Int = 0,
    seconds: Double = 0
  ) {
    self.endpoint = endpoint
    self.bucket = bucket
    self.prefix = prefix
    self.partners = partners
    self.requests = requests
    self.seconds = seconds
  }

  /// The JSON form: the totals first, then `partners`.
  ///
  /// ```json
  /// {"endpoint":"…","bucket":"…","prefix":"","objects_uploaded":3,"objects_skipped":410,
  ///  "objects_deleted":0,"objects_copied":1,"bytes_uploaded":5120,"requests":7,"seconds":0.41,
  ///  "partners":[{"partner":"claro-video","release":2,"uploaded":3,…}]}
  /// ```
  package var json: [UInt8] {
    var writer = JSONWriter(capacity: 512 + partners.count * 160)
    writer.beginObject()
    writer.key("endpoint")
    writer.string(endpoint)
    writer.key("bucket")
    writer.string(bucket)
    writer.key("prefix")
    writer.string(prefix)
    for (name, value) in [
      ("objects_uploaded", partners.map(\.uploaded)), ("objects_skipped", partners.map(\.skipped)),
      ("objects_deleted", partners.map(\.deleted)), ("objects_copied", partners.map(\.copied)),
      ("bytes_uploaded", partners.map(\.bytesUploaded)),
    ] {
      writer.key(name)
      writer.int(value.reduce(0, +))
    }
    writer.key("requests")
    writer.int(requests)
    writer.key("seconds")
    writer.double((seconds * 1000).rounded() / 1000)
    writer.key("partners")
    writer.beginArray()
    for partner in partners {
      writer.beginObject()
      writer.key("partner")
      writer.string(partner.partner)
      for (name, value) in [
        ("release", partner.release), ("uploaded", partner.uploaded),
        ("skipped", partner.skipped), ("deleted", partner.deleted), ("copied", partner.copied),
        ("bytes_uploaded", partner.bytesUploaded),
      ] {
        writer.key(name)
        writer.int(value)
      }
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.bytes + [UInt8(ascii: "\n")]
  }
}
