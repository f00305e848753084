// Every terminal block this module's lessons show must be what the simulator prints.
import { describeTranscripts } from "@/lib/content/testing/transcripts";
import { SESSIONS } from "./transcripts";

describeTranscripts(__dirname, SESSIONS);
