package import DeliveryCore
extension ItemChanges {
  /// Combines consecutive change sets, oldest first, into the change from the first's start.
  ///
  /// An item added then removed disappears; added then changed stays added; removed then
  /// added again counts as changed; fields of repeated changes are merged and sorted.
  ///
  /// - Parameter steps: The change sets of consecutive releases, oldest first.
  /// - Returns: The combined change set.
  package static func combining(_ steps: [ItemChanges]) -> ItemChanges {
    var states: [String: Step] = [:]
    for step in steps {
      for id in step.added { states[id] = states[id] == .removed ? .changed([]) : .added }
      for item in step.changed {
        states[item.id] = (states[item.id] ?? .changed([])).merging(item.fields)
      }
      for id in step.removed { states[id] = states[id] == .added ? nil : .removed }
    }
    var result = ItemChanges()
    for (id, state) in states.sorted(by: { $0.key < $1.key }) {
      switch state {
      case .added: result.added.append(id)
      case .changed(let fields): result.changed.append(ChangedItem(id: id, fields: fields.sorted()))
      case .removed: result.removed.append(id)
      }
    }
    return result
  }
}

private enum Step: Equatable {
  case added
  case changed(Set<String>)
  case removed

  func merging(_ fields: [String]) -> Step {
    switch self {
    case .added: return .added
    case .changed(let known): return .changed(known.union(fields))
    case .removed: return .changed(Set(fields))
    }
  }
}
