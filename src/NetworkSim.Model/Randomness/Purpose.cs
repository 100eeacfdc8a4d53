namespace NetworkSim.Model.Randomness;

/// <summary>
/// What a random draw is for. Part of every draw's key, so that two rules never share a number
/// and adding a rule never shifts the draws of another.
/// </summary>
public enum Purpose : ulong
{
    Replicate = 1,
    SchoolGraph = 2,
    SchoolExpertise = 3,
    RoleExpertise = 16,
    ParticipantExpertise = 17,
    Openness = 4,
    InitialKnowledge = 5,
    SeedAdopters = 6,
    Support = 7,
    Interaction = 8,
    ExchangeFailure = 9,
    Adoption = 10,
    Discontinuance = 11,
    Brokering = 12,
    Attendance = 13,
    Colleagues = 14,
    Engagement = 15,
    ParticipantGraph = 18,
    Threshold = 19,
    Opinion = 20,
    Recovery = 21,
    Transmission = 22,
    Noise = 23,
    Bootstrap = 24,
    Problem = 25,
    Mobilisation = 26,
    Dropout = 27,
    Partner = 28,
}
