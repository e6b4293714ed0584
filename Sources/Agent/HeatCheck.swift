import CadenceCore
import Foundation

/// Heat the runner reports ("it's 33 degrees and humid here this week"). The heat safeguard
/// (`heat_wbgt`, on `forecastWbgtCelsius`) is decided on the day: a plan made weeks ahead cannot
/// know the weather, so the chat checks it when the runner says what it is like outside.
public enum HeatCheck {
    public struct Conditions: Sendable, Equatable {
        /// Air temperature, °C (nil when the runner only said "heatwave" or "hot and humid").
        public let temperatureCelsius: Double?
        /// Relative humidity, %, as said, else assumed from the words (humid 70, dry 25, else 50).
        public let relativeHumidity: Double
        /// Estimated wet-bulb globe temperature, °C.
        public let estimatedWBGT: Double
    }

    /// The Australian Bureau of Meteorology's estimate of WBGT in the shade from air temperature
    /// and humidity (`0.567·T + 0.393·e + 3.94`, e the water-vapour pressure in hPa). Sun adds
    /// about 2–3 °C, so this errs on the low side.
    public static func estimatedWBGT(temperatureCelsius t: Double, relativeHumidity rh: Double) -> Double {
        let vapourPressure = rh / 100 * 6.105 * exp(17.27 * t / (237.7 + t))
        return 0.567 * t + 0.393 * vapourPressure + 3.94
    }

    /// Words that say it is hot and humid without a number: read as the condition the rule is
    /// about (WBGT above 28 °C), since that is what they describe.
    static let hotAndHumid = ["heatwave", "heat wave", "hot and humid", "humid and hot", "hot and sticky", "sweltering", "boiling hot"]
    static let weatherWords = ["hot", "heat", "humid", "temperature", "weather", "outside", "sun", "summer", "warm", "forecast"]

    /// The conditions a message reports, or nil when it says nothing about heat.
    public static func conditions(in text: String) -> Conditions? {
        let lower = " " + String(text.prefix(4_000)).lowercased().replacingOccurrences(of: "\u{2019}", with: "'") + " "
        let humidWord = lower.contains("humid") || lower.contains("muggy") || lower.contains("sticky")
        var humidity = humidWord ? 70.0 : lower.contains(" dry ") ? 25.0 : 50.0
        if let match = lower.firstMatch(of: /(\d{1,3})\s*%\s*(humidity|humid|rh)|humidity\s*(of|is|at|around|about)?\s*(\d{1,3})\s*%?/) {
            if let value = Double(match.output.1.map(String.init) ?? match.output.4.map(String.init) ?? ""), value <= 100 { humidity = value }
        }
        // "33 degrees", "33°C", "91 F", "33 celsius": a unit, or "degrees" with a weather word.
        let pattern = /(-?\d{1,3}(?:[.,]\d)?)\s*(°\s*[cf]\b|°|degrees?\s*(?:c\b|f\b|celsius|fahrenheit|centigrade)?|deg\b|celsius|fahrenheit|[cf]\b)/
        for match in lower.matches(of: pattern) {
            guard let value = Double(match.output.1.replacingOccurrences(of: ",", with: ".")) else { continue }
            let unit = String(match.output.2).replacingOccurrences(of: " ", with: "")
            let explicit = unit.hasPrefix("°") || unit.contains("c") || unit.contains("f")
            if unit == "c" || unit == "f" {
                // A bare "33c" counts; "5 f" in other text does not without weather words.
                guard weatherWords.contains(where: { lower.contains($0) }) || value >= 20 else { continue }
            }
            guard explicit || weatherWords.contains(where: { lower.contains($0) }) else { continue }
            let fahrenheit = unit.contains("f") || (!unit.contains("c") && value > 50)
            let celsius = fahrenheit ? (value - 32) * 5 / 9 : value
            guard (-40...60).contains(celsius) else { continue }
            return Conditions(temperatureCelsius: celsius, relativeHumidity: humidity,
                              estimatedWBGT: estimatedWBGT(temperatureCelsius: celsius, relativeHumidity: humidity))
        }
        if hotAndHumid.contains(where: { lower.contains($0) }) {
            return Conditions(temperatureCelsius: nil, relativeHumidity: max(humidity, 70), estimatedWBGT: 29)
        }
        return nil
    }

    /// The note for the runner when an active heat safeguard trips on what they reported, or nil.
    public static func note(for conditions: Conditions, safeguards: [Safeguard]) -> String? {
        for safeguard in safeguards where safeguard.isActive && safeguard.condition.field == "forecastWbgtCelsius" {
            guard let threshold = safeguard.condition.threshold.doubleValue else { continue }
            let value = conditions.estimatedWBGT
            guard safeguard.condition.operator.holds(value, threshold) else { continue }
            let limit = String(format: "%g", threshold)
            let said = conditions.temperatureCelsius.map {
                String(format: "%.0f °C at about %.0f %% humidity is roughly %.0f °C WBGT, above the %@ °C where heat illness becomes a real risk",
                       $0, conditions.relativeHumidity, value, limit)
            } ?? "That sounds hot and humid, likely above \(limit) °C WBGT, where heat illness becomes a real risk"
            return "\(said). \(safeguard.action.message)."
        }
        return nil
    }
}
