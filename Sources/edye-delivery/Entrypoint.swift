import DeliveryCLI

/// The `edye-delivery` executable: hands the command line to the command library.
@main
struct Entrypoint {
  static func main() async {
    await DeliveryTool.runFromCommandLine()
  }
}
