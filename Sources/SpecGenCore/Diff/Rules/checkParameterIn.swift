extension ContractComparer {
    /// 1015 ParameterInHasChanged: a parameter travels elsewhere (`in`: query, header, path…).
    mutating func checkParameterIn(_ parameter: Compared<ContractParameter>) {
        let place = parameter.map(\.place.rawValue)
        if place.old != place.new {
            report(.parameterInHasChanged, parameter.location, "moved from \(place.old) to \(place.new)")
        }
    }
}
