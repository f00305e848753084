// Every terminal block lesson 8.5 shows must be what the simulator prints.
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { TROUBLESHOOTING_SESSIONS } from "./troubleshooting-transcripts";

describeTranscripts(__dirname, TROUBLESHOOTING_SESSIONS);
