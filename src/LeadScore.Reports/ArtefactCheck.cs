namespace LeadScore.Reports;

/// <summary>How a version's file compares with the SHA-256 its manifest recorded at registration.</summary>
public enum ArtefactState
{
    Verified,
    Changed,
    Missing,
}

/// <summary>One artefact of a registered version: its file name, the SHA-256 the manifest records, and whether the file still has it.</summary>
public sealed record ArtefactCheck(string File, string Sha256, ArtefactState State);
