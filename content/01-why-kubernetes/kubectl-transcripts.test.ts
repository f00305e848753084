// Every terminal block lesson 1.3 shows must be what the simulator prints.
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { KUBECTL_SESSIONS } from "./kubectl-transcripts";

describeTranscripts(__dirname, KUBECTL_SESSIONS);
