import CadenceCore
import Foundation
import Planning
import Testing

/// Issue 19's plan-page items, asserted on the generated HTML: a viewport and a narrow layout,
/// legends and axis scales on both charts, each week's cautions once (not in every cell),
/// runner-facing safeguard names, and milestones that agree with the feasibility verdict.
struct PlanHTMLReportTests {
    static func page(_ runner: Runner) throws -> (CheckedPlan, String) {
        let checked = try Runners.plan(runner)
        return (checked, PlanHTMLReport.html(checked.plan, sessions: checked.sessions, runnerName: runner.identity.name,
                                             safeguards: Runners.safeguards))
    }

    /// The text between `start` (inclusive) and the first `end` after it.
    static func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let a = html.range(of: start), let b = html.range(of: end, range: a.upperBound..<html.endIndex) else { return nil }
        return String(html[a.lowerBound..<b.upperBound])
    }

    /// The numbers of the `<text class="tick">` labels in `fragment`, in order.
    static func ticks(_ fragment: String) -> [Double] {
        fragment.components(separatedBy: "<text class=\"tick\"").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.flatMap { Double($0.prefix { $0 != "<" }) }
        }
    }

    /// The calendar's day cells (not the week-notes rows).
    static func dayCells(_ html: String) -> [String] {
        html.components(separatedBy: "<td").filter { $0.hasPrefix(" class=") && $0.contains("data-day=") }
            .map { String($0.prefix { $0 != "\n" }).components(separatedBy: "</td>")[0] }
    }

    static var pregnant: Runner {
        var r = Runners.base("Pia")
        r.physical.age = 31
        r.running.experienceLevel = .casual
        r.running.currentVolume = 20
        r.running.currentFrequency = 3
        r.goals = .init(goalType: .generalHealth)
        r.schedule = .init(availableDays: 4, longRunDay: .saturday)
        r.health = .init(pastInjuries: ["itbs"], currentPain: [], medicalConditions: ["pregnant, 14 weeks"], hasPhysicianClearance: true)
        return r
    }

    @Test func thePageFitsAPhone() throws {
        let (_, html) = try Self.page(Runners.returningHalf)
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        // Charts scale down to the screen; the calendar turns into one day per line under 700 px.
        #expect(html.contains(".chart svg{display:block;width:100%;max-width:100%;height:auto}"))
        let svgs = html.components(separatedBy: "<svg").dropFirst()
        #expect(svgs.count == 2 && svgs.allSatisfy { $0.contains("viewBox=\"0 0 ") })
        let narrow = try #require(Self.slice(html, from: "@media (max-width:700px){", to: "}\n}"))
        #expect(narrow.contains("table.calendar,.calendar tbody,.calendar tr,.calendar th,.calendar td{display:block;width:100%}"))
        #expect(narrow.contains(".calendar td::before{content:attr(data-day)"))
        #expect(html.contains("overflow-wrap:anywhere"))
        #expect(Self.dayCells(html).count == 7 * 12 && Self.dayCells(html).allSatisfy { $0.contains("data-day=\"") })
    }

    @Test func bothChartsHaveLegendsAndAxisScales() throws {
        let (checked, html) = try Self.page(Runners.returningHalf)
        let progression = try #require(Self.slice(html, from: "<figure id=\"progression-chart\"", to: "</figure>"))
        let legend = try #require(Self.slice(progression, from: "<ul class=\"legend\">", to: "</ul>"))
        for entry in ["Training week", "Recovery week", "Race week", "Intensity (0–100, right axis)"] { #expect(legend.contains(entry), "\(entry)") }
        // The km axis: evenly spaced round ticks from 0 that reach past the biggest week.
        let km = Self.ticks(try #require(Self.slice(progression, from: "<g class=\"axis axis-km\"", to: "</g>")))
        let biggest = checked.plan.weeklyPlan.map(\.volumeKm).max() ?? 0
        #expect(km.first == 0 && (km.last ?? 0) >= biggest && km.count >= 3, "\(km) for \(biggest)")
        let steps = Set(zip(km.dropFirst(), km).map { $0 - $1 })
        #expect(steps.count == 1 && [1, 2, 5, 10, 20, 50].contains(steps.first ?? 0), "\(km)")
        #expect(progression.contains("km per week"))
        #expect(Self.ticks(try #require(Self.slice(progression, from: "<g class=\"axis axis-intensity\"", to: "</g>"))) == [0, 50, 100])
        let weeks = Self.ticks(try #require(Self.slice(progression, from: "<g class=\"axis axis-weeks\"", to: "</g>")))
        #expect(weeks.first == 1 && weeks.last == 12)
        let radar = try #require(Self.slice(html, from: "<figure id=\"radar-chart\"", to: "</figure>"))
        #expect(Self.ticks(radar) == [25, 50, 75, 100])
        #expect(radar.contains("<ul class=\"legend\">") && radar.contains("Estimated") && radar.contains("From your data or answers"))
    }

    @Test func cautionsAppearOncePerWeekNotInEveryCell() throws {
        let (checked, html) = try Self.page(Runners.returningHalf)
        let caution = "With your shin splints history, stop and switch to easy running if the old area aches."
        let sessionsWithIt = checked.sessions.filter { $0.justification.contains(caution) }
        let weeksWithIt = Set(sessionsWithIt.map(\.weekNumber))
        #expect(!sessionsWithIt.isEmpty, "the fixture carries the caution")
        #expect(Self.dayCells(html).allSatisfy { !$0.contains(caution) })
        #expect(html.components(separatedBy: caution).count - 1 == weeksWithIt.count)
        for week in weeksWithIt {
            let notes = try #require(Self.slice(html, from: "<tr class=\"week-notes\" id=\"week-\(week)-notes\">", to: "</tr>"))
            #expect(notes.components(separatedBy: caution).count - 1 == 1)
        }
        // The cells keep their own reasons and point at the week's notes.
        #expect(Self.dayCells(html).contains { $0.contains("class=\"flag\"") })
        #expect(Self.dayCells(html).filter { $0.contains("class=\"why\"") }.allSatisfy { !$0.contains("<span class=\"why\"></span>") })
    }

    @Test func safetyNotesAreWeeklyAndSafeguardsAreNamedForTheRunner() throws {
        let (checked, html) = try Self.page(Self.pregnant)
        let message = try #require(Runners.safeguards.first { $0.id == "pregnancy_hold_volume" }?.action.message)
        #expect(checked.plan.safeguardApplications.contains { $0.applied && $0.safeguardId == "pregnancy_hold_volume" })
        #expect(Self.dayCells(html).allSatisfy { !$0.contains(Self.escape(message)) })
        let occurrences = html.components(separatedBy: Self.escape(message)).count - 1
        #expect(occurrences >= 1)
        for week in checked.plan.weeklyPlan {
            let notes = Self.slice(html, from: "<tr class=\"week-notes\" id=\"week-\(week.weekNumber)-notes\">", to: "</tr>") ?? ""
            #expect(notes.components(separatedBy: Self.escape(message)).count - 1 <= 1)
        }
        // No internal id anywhere on the page; the applied ones under their runner-facing names.
        for safeguard in Runners.safeguards { #expect(!html.contains(safeguard.id), "\(safeguard.id) shown") }
        let list = try #require(Self.slice(html, from: "<section id=\"safeguards\">", to: "</section>"))
        #expect(list.contains("<strong>During pregnancy: volume held at today&#39;s level</strong>") || list.contains("<strong>During pregnancy: volume held at today's level</strong>"))
        #expect(list.components(separatedBy: "<li class=\"safeguard\">").count - 1 == checked.plan.safeguardApplications.filter(\.applied).count)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func milestonesAgreeWithTheVerdict() throws {
        var unlikely = Runners.returningHalf
        unlikely.goals.targetTime = 1 * 3600 + 30 * 60
        var rushed = Runners.base("Rex")
        rushed.running.experienceLevel = .casual
        rushed.running.currentVolume = 12
        rushed.running.currentFrequency = 3
        rushed.goals = .init(goalType: .race, raceDistance: 42.195, raceDate: Runners.date("2027-02-07"))
        rushed.schedule = .init(availableDays: 4, longRunDay: .sunday)
        rushed.health = .init(pastInjuries: [], currentPain: [])
        var seen = Set<String>()
        for runner in [Runners.beginner5K, Runners.returningHalf, Runners.mastersMarathon, Runners.competitive10K, Runners.baseBuilder, unlikely, rushed] {
            let (checked, html) = try Self.page(runner)
            let feasibility = checked.assessment.feasibility
            seen.insert(feasibility.rawValue)
            #expect(html.contains("<section id=\"verdict\" class=\"verdict verdict-\(checked.assessment.outcomeConfidence.rawValue)\">"))
            let milestones = try #require(Self.slice(html, from: "<section id=\"milestones\">", to: "</section>"))
            let raceDay = checked.plan.seasonView.keyMilestones.first { $0.milestone.hasPrefix("Race day") }?.significance
            if feasibility == .unlikely || feasibility == .needsAdjustment {
                for promise in ["Goal time", "finish strong", "enough to go the whole way"] {
                    #expect(!milestones.contains(promise), "\(runner.identity.name) (\(feasibility)): \(promise)")
                }
                if let goal = runner.goals.targetTime {
                    #expect(raceDay?.contains("Your \(DurationFormatForTest.format(goal)) goal is beyond") == true, "\(raceDay ?? "-")")
                } else {
                    #expect(raceDay?.hasPrefix("Finishing is at risk") == true, "\(raceDay ?? "-")")
                }
            } else if let goal = runner.goals.targetTime {
                #expect(raceDay == "Goal time \(DurationFormatForTest.format(goal)).")
            }
        }
        #expect(seen.isSuperset(of: ["unlikely", "needs_adjustment"]), "\(seen)")
    }
}

/// h:mm:ss as the plan writes goal times (independent of the product's formatter).
enum DurationFormatForTest {
    static func format(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
