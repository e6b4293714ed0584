import CadenceCore
import Foundation
import GRDB

/// An activity's link to the planned session it fulfilled (`activities.plannedSessionId` and
/// `planAdherence`).
public struct ActivityPlanLink: Sendable, Equatable {
    public var activityId: String
    public var sessionId: String
    public var adherence: Double?

    public init(activityId: String, sessionId: String, adherence: Double?) {
        self.activityId = activityId
        self.sessionId = sessionId
        self.adherence = adherence
    }
}

/// What saving a matching changed.
public struct MatchChanges: Sendable, Equatable {
    public var sessions = 0
    public var activities = 0
    public var isEmpty: Bool { sessions == 0 && activities == 0 }
}

extension AppDatabase {
    /// Saves a matching of one plan in one transaction: the sessions whose execution fields
    /// changed, the activities linked to them, and the activities that were linked to a session of
    /// this plan and no longer are (unlinked). Rows that are already right are not touched, so
    /// saving the same matching again changes nothing.
    @discardableResult
    public func saveMatches(planId: String, sessions: [PlannedSession], links: [ActivityPlanLink]) throws(StoreError) -> MatchChanges {
        try write("save the plan's matched runs") { db in
            var changes = MatchChanges()
            var existing: [String: PlannedSession] = [:]
            for session in try PlannedSession.filter(Column("planId") == planId).fetchAll(db) { existing[session.id] = session }
            for session in sessions where session.planId == planId {
                guard let old = existing[session.id] else { continue }
                if old != session {
                    try session.update(db)
                    changes.sessions += 1
                }
            }
            let linked = Set(links.map(\.activityId))
            let stale = try String.fetchAll(db, sql: """
                SELECT a.id FROM activities a JOIN plannedSessions s ON s.id = a.plannedSessionId WHERE s.planId = ?
                """, arguments: [planId]).filter { !linked.contains($0) }
            for id in stale {
                try db.execute(sql: "UPDATE activities SET plannedSessionId = NULL, planAdherence = NULL WHERE id = ?", arguments: [id])
                changes.activities += db.changesCount
            }
            for link in links {
                try db.execute(sql: """
                    UPDATE activities SET plannedSessionId = ?, planAdherence = ?
                    WHERE id = ? AND (plannedSessionId IS NOT ? OR planAdherence IS NOT ?)
                    """, arguments: [link.sessionId, link.adherence, link.activityId, link.sessionId, link.adherence])
                changes.activities += db.changesCount
            }
            return changes
        }
    }

    /// Deletes a plan and its sessions in one transaction. Activities linked to its sessions are
    /// unlinked (their `plannedSessionId` and `planAdherence` cleared); the activities stay.
    public func deletePlan(id: String) throws(StoreError) {
        try write("delete the plan") { db in
            guard try TrainingPlan.exists(db, key: id) else {
                throw StoreError.database("no plan \(id); `cadence plan show --json` lists the current plan's id")
            }
            try db.execute(sql: """
                UPDATE activities SET plannedSessionId = NULL, planAdherence = NULL
                WHERE plannedSessionId IN (SELECT id FROM plannedSessions WHERE planId = ?)
                """, arguments: [id])
            try db.execute(sql: "DELETE FROM plannedSessions WHERE planId = ?", arguments: [id])
            _ = try TrainingPlan.deleteOne(db, key: id)
        }
    }
}

/// How a planned session went, in the runner's words (the chat's `log_session`).
public struct SessionFeedback: Sendable, Equatable {
    /// 1–10 (session RPE), also written on the linked activity.
    public var perceivedExertion: Double?
    /// 1–5, also written on the linked activity.
    public var userRating: Int?
    public var userFeedback: String?
    /// Why the session was not done; only for a session with no run matched to it.
    public var skipReason: String?

    public init(perceivedExertion: Double? = nil, userRating: Int? = nil, userFeedback: String? = nil, skipReason: String? = nil) {
        self.perceivedExertion = perceivedExertion
        self.userRating = userRating
        self.userFeedback = userFeedback
        self.skipReason = skipReason
    }

    public var isEmpty: Bool { perceivedExertion == nil && userRating == nil && userFeedback == nil && skipReason == nil }
}

extension AppDatabase {
    /// Records how a session went, in one transaction, on the session and (exertion and rating)
    /// on the run matched to it. A skip reason marks the session `skipped`. Everything is checked
    /// before anything is written.
    @discardableResult
    public func recordSessionFeedback(runnerId: String, sessionId: String, _ feedback: SessionFeedback) throws(StoreError) -> PlannedSession {
        guard !feedback.isEmpty else { throw .database("nothing to record: give an exertion (1-10), a rating (1-5), feedback or a skip reason") }
        if let rpe = feedback.perceivedExertion, !(rpe.isFinite && (1...10).contains(rpe)) {
            throw .database("perceived exertion must be 1 to 10 (got \(rpe))")
        }
        if let rating = feedback.userRating, !(1...5).contains(rating) { throw .database("the rating must be 1 to 5 (got \(rating))") }
        func text(_ value: String?, _ name: String) throws(StoreError) -> String? {
            guard let value else { return nil }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 500 else { throw .database("\(name) must be 1 to 500 characters") }
            return trimmed
        }
        let note = try text(feedback.userFeedback, "the feedback")
        let reason = try text(feedback.skipReason, "the skip reason")
        return try write("record how the session went") { db in
            guard var session = try PlannedSession.fetchOne(db, key: sessionId), session.runnerId == runnerId else {
                throw StoreError.database("no planned session \(sessionId) for this runner; `cadence week --json` lists the sessions")
            }
            if session.isRestDay { throw StoreError.database("\(session.dayOfWeekShort) is a rest day; there is no session to log") }
            if let reason {
                guard session.completedActivityId == nil else {
                    throw StoreError.database("a run is matched to this session, so it was not skipped")
                }
                session.skipReason = reason
                session.status = .skipped
            }
            if feedback.perceivedExertion != nil, session.completedActivityId == nil {
                throw StoreError.database("no run is matched to this session yet: import it (`cadence import`) before logging its exertion")
            }
            if let note { session.userFeedback = note }
            if let rating = feedback.userRating { session.userRating = rating }
            try session.update(db)
            if let activityId = session.completedActivityId,
               feedback.perceivedExertion != nil || feedback.userRating != nil {
                try db.execute(sql: """
                    UPDATE activities SET perceivedExertion = COALESCE(?, perceivedExertion), userRating = COALESCE(?, userRating)
                    WHERE id = ? AND runnerId = ?
                    """, arguments: [feedback.perceivedExertion, feedback.userRating, activityId, runnerId])
            }
            return session
        }
    }
}
