package dev.longtake.dsl.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalShotsLexer extends Lexer {
    public static final int T__50=50;
    public static final int RULE_WIDTH=8;
    public static final int T__19=19;
    public static final int RULE_CAMERA_MOVE=9;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__14=14;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int RULE_ID=7;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int RULE_STRING=6;
    public static final int RULE_WHOLE_SECONDS=5;
    public static final int RULE_SL_COMMENT=11;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int RULE_WS=12;
    public static final int RULE_ANY_OTHER=13;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;

    // delegates
    // delegators

    public InternalShotsLexer() {;} 
    public InternalShotsLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalShotsLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalShots.g"; }

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:11:7: ( 'out' )
            // InternalShots.g:11:9: 'out'
            {
            match("out"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:12:7: ( 'cut' )
            // InternalShots.g:12:9: 'cut'
            {
            match("cut"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:13:7: ( 'crossfade' )
            // InternalShots.g:13:9: 'crossfade'
            {
            match("crossfade"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:14:7: ( 'dip' )
            // InternalShots.g:14:9: 'dip'
            {
            match("dip"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:15:7: ( 'in' )
            // InternalShots.g:15:9: 'in'
            {
            match("in"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:16:7: ( 'into' )
            // InternalShots.g:16:9: 'into'
            {
            match("into"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:17:7: ( 'through' )
            // InternalShots.g:17:9: 'through'
            {
            match("through"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:18:7: ( 'project' )
            // InternalShots.g:18:9: 'project'
            {
            match("project"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:19:7: ( '{' )
            // InternalShots.g:19:9: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:20:7: ( '}' )
            // InternalShots.g:20:9: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:21:7: ( 'song' )
            // InternalShots.g:21:9: 'song'
            {
            match("song"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:22:7: ( 'tempo' )
            // InternalShots.g:22:9: 'tempo'
            {
            match("tempo"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:23:7: ( 'bpm' )
            // InternalShots.g:23:9: 'bpm'
            {
            match("bpm"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:24:7: ( ',' )
            // InternalShots.g:24:9: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:25:7: ( 'beats' )
            // InternalShots.g:25:9: 'beats'
            {
            match("beats"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:26:7: ( 'per' )
            // InternalShots.g:26:9: 'per'
            {
            match("per"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:27:7: ( 'bar' )
            // InternalShots.g:27:9: 'bar'
            {
            match("bar"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:28:7: ( 'format' )
            // InternalShots.g:28:9: 'format'
            {
            match("format"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:29:7: ( 'deliver' )
            // InternalShots.g:29:9: 'deliver'
            {
            match("deliver"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:30:7: ( 'backend' )
            // InternalShots.g:30:9: 'backend'
            {
            match("backend"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:31:7: ( 'budget' )
            // InternalShots.g:31:9: 'budget'
            {
            match("budget"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:32:7: ( 'at' )
            // InternalShots.g:32:9: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:33:7: ( 'fps' )
            // InternalShots.g:33:9: 'fps'
            {
            match("fps"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:34:7: ( 'style' )
            // InternalShots.g:34:9: 'style'
            {
            match("style"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:35:7: ( 'character' )
            // InternalShots.g:35:9: 'character'
            {
            match("character"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:36:7: ( 'reference' )
            // InternalShots.g:36:9: 'reference'
            {
            match("reference"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:37:7: ( 'location' )
            // InternalShots.g:37:9: 'location'
            {
            match("location"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:38:7: ( 'sequence' )
            // InternalShots.g:38:9: 'sequence'
            {
            match("sequence"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:39:7: ( '.' )
            // InternalShots.g:39:9: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:40:7: ( 'transition' )
            // InternalShots.g:40:9: 'transition'
            {
            match("transition"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:41:7: ( 'shot' )
            // InternalShots.g:41:9: 'shot'
            {
            match("shot"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:42:7: ( 'takes' )
            // InternalShots.g:42:9: 'takes'
            {
            match("takes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:43:7: ( 'seed' )
            // InternalShots.g:43:9: 'seed'
            {
            match("seed"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:44:7: ( 'continues' )
            // InternalShots.g:44:9: 'continues'
            {
            match("continues"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:45:7: ( 'from' )
            // InternalShots.g:45:9: 'from'
            {
            match("from"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:46:7: ( 'image' )
            // InternalShots.g:46:9: 'image'
            {
            match("image"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:47:7: ( ':' )
            // InternalShots.g:47:9: ':'
            {
            match(':'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:48:7: ( 'to' )
            // InternalShots.g:48:9: 'to'
            {
            match("to"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:49:7: ( 'with' )
            // InternalShots.g:49:9: 'with'
            {
            match("with"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "RULE_WHOLE_SECONDS"
    public final void mRULE_WHOLE_SECONDS() throws RecognitionException {
        try {
            int _type = RULE_WHOLE_SECONDS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5454:20: ( ( '0' .. '9' )+ 's' )
            // InternalShots.g:5454:22: ( '0' .. '9' )+ 's'
            {
            // InternalShots.g:5454:22: ( '0' .. '9' )+
            int cnt1=0;
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>='0' && LA1_0<='9')) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalShots.g:5454:23: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt1 >= 1 ) break loop1;
                        EarlyExitException eee =
                            new EarlyExitException(1, input);
                        throw eee;
                }
                cnt1++;
            } while (true);

            match('s'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WHOLE_SECONDS"

    // $ANTLR start "RULE_WIDTH"
    public final void mRULE_WIDTH() throws RecognitionException {
        try {
            int _type = RULE_WIDTH;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5456:12: ( ( '0' .. '9' )+ 'x' )
            // InternalShots.g:5456:14: ( '0' .. '9' )+ 'x'
            {
            // InternalShots.g:5456:14: ( '0' .. '9' )+
            int cnt2=0;
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='0' && LA2_0<='9')) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalShots.g:5456:15: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt2 >= 1 ) break loop2;
                        EarlyExitException eee =
                            new EarlyExitException(2, input);
                        throw eee;
                }
                cnt2++;
            } while (true);

            match('x'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WIDTH"

    // $ANTLR start "RULE_CAMERA_MOVE"
    public final void mRULE_CAMERA_MOVE() throws RecognitionException {
        try {
            int _type = RULE_CAMERA_MOVE;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5458:18: ( 'camera' ( ' ' | '\\t' ) (~ ( ( '\\n' | '\\r' ) ) )* )
            // InternalShots.g:5458:20: 'camera' ( ' ' | '\\t' ) (~ ( ( '\\n' | '\\r' ) ) )*
            {
            match("camera"); 

            if ( input.LA(1)=='\t'||input.LA(1)==' ' ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalShots.g:5458:40: (~ ( ( '\\n' | '\\r' ) ) )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( ((LA3_0>='\u0000' && LA3_0<='\t')||(LA3_0>='\u000B' && LA3_0<='\f')||(LA3_0>='\u000E' && LA3_0<='\uFFFF')) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalShots.g:5458:40: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_CAMERA_MOVE"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5460:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* )
            // InternalShots.g:5460:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            {
            // InternalShots.g:5460:11: ( '^' )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0=='^') ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalShots.g:5460:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalShots.g:5460:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop5:
            do {
                int alt5=2;
                int LA5_0 = input.LA(1);

                if ( ((LA5_0>='0' && LA5_0<='9')||(LA5_0>='A' && LA5_0<='Z')||LA5_0=='_'||(LA5_0>='a' && LA5_0<='z')) ) {
                    alt5=1;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalShots.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop5;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5462:10: ( ( '0' .. '9' )+ )
            // InternalShots.g:5462:12: ( '0' .. '9' )+
            {
            // InternalShots.g:5462:12: ( '0' .. '9' )+
            int cnt6=0;
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( ((LA6_0>='0' && LA6_0<='9')) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalShots.g:5462:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt6 >= 1 ) break loop6;
                        EarlyExitException eee =
                            new EarlyExitException(6, input);
                        throw eee;
                }
                cnt6++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5464:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalShots.g:5464:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalShots.g:5464:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0=='\"') ) {
                alt9=1;
            }
            else if ( (LA9_0=='\'') ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalShots.g:5464:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalShots.g:5464:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
                    loop7:
                    do {
                        int alt7=3;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0=='\\') ) {
                            alt7=1;
                        }
                        else if ( ((LA7_0>='\u0000' && LA7_0<='!')||(LA7_0>='#' && LA7_0<='[')||(LA7_0>=']' && LA7_0<='\uFFFF')) ) {
                            alt7=2;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalShots.g:5464:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalShots.g:5464:28: ~ ( ( '\\\\' | '\"' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    // InternalShots.g:5464:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalShots.g:5464:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
                    loop8:
                    do {
                        int alt8=3;
                        int LA8_0 = input.LA(1);

                        if ( (LA8_0=='\\') ) {
                            alt8=1;
                        }
                        else if ( ((LA8_0>='\u0000' && LA8_0<='&')||(LA8_0>='(' && LA8_0<='[')||(LA8_0>=']' && LA8_0<='\uFFFF')) ) {
                            alt8=2;
                        }


                        switch (alt8) {
                    	case 1 :
                    	    // InternalShots.g:5464:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalShots.g:5464:61: ~ ( ( '\\\\' | '\\'' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop8;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5466:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalShots.g:5466:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalShots.g:5466:24: ( options {greedy=false; } : . )*
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( (LA10_0=='*') ) {
                    int LA10_1 = input.LA(2);

                    if ( (LA10_1=='/') ) {
                        alt10=2;
                    }
                    else if ( ((LA10_1>='\u0000' && LA10_1<='.')||(LA10_1>='0' && LA10_1<='\uFFFF')) ) {
                        alt10=1;
                    }


                }
                else if ( ((LA10_0>='\u0000' && LA10_0<=')')||(LA10_0>='+' && LA10_0<='\uFFFF')) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalShots.g:5466:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5468:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalShots.g:5468:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalShots.g:5468:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>='\u0000' && LA11_0<='\t')||(LA11_0>='\u000B' && LA11_0<='\f')||(LA11_0>='\u000E' && LA11_0<='\uFFFF')) ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    // InternalShots.g:5468:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop11;
                }
            } while (true);

            // InternalShots.g:5468:40: ( ( '\\r' )? '\\n' )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0=='\n'||LA13_0=='\r') ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalShots.g:5468:41: ( '\\r' )? '\\n'
                    {
                    // InternalShots.g:5468:41: ( '\\r' )?
                    int alt12=2;
                    int LA12_0 = input.LA(1);

                    if ( (LA12_0=='\r') ) {
                        alt12=1;
                    }
                    switch (alt12) {
                        case 1 :
                            // InternalShots.g:5468:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5470:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalShots.g:5470:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalShots.g:5470:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt14=0;
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( ((LA14_0>='\t' && LA14_0<='\n')||LA14_0=='\r'||LA14_0==' ') ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalShots.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt14 >= 1 ) break loop14;
                        EarlyExitException eee =
                            new EarlyExitException(14, input);
                        throw eee;
                }
                cnt14++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalShots.g:5472:16: ( . )
            // InternalShots.g:5472:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalShots.g:1:8: ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | RULE_WHOLE_SECONDS | RULE_WIDTH | RULE_CAMERA_MOVE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt15=49;
        alt15 = dfa15.predict(input);
        switch (alt15) {
            case 1 :
                // InternalShots.g:1:10: T__14
                {
                mT__14(); 

                }
                break;
            case 2 :
                // InternalShots.g:1:16: T__15
                {
                mT__15(); 

                }
                break;
            case 3 :
                // InternalShots.g:1:22: T__16
                {
                mT__16(); 

                }
                break;
            case 4 :
                // InternalShots.g:1:28: T__17
                {
                mT__17(); 

                }
                break;
            case 5 :
                // InternalShots.g:1:34: T__18
                {
                mT__18(); 

                }
                break;
            case 6 :
                // InternalShots.g:1:40: T__19
                {
                mT__19(); 

                }
                break;
            case 7 :
                // InternalShots.g:1:46: T__20
                {
                mT__20(); 

                }
                break;
            case 8 :
                // InternalShots.g:1:52: T__21
                {
                mT__21(); 

                }
                break;
            case 9 :
                // InternalShots.g:1:58: T__22
                {
                mT__22(); 

                }
                break;
            case 10 :
                // InternalShots.g:1:64: T__23
                {
                mT__23(); 

                }
                break;
            case 11 :
                // InternalShots.g:1:70: T__24
                {
                mT__24(); 

                }
                break;
            case 12 :
                // InternalShots.g:1:76: T__25
                {
                mT__25(); 

                }
                break;
            case 13 :
                // InternalShots.g:1:82: T__26
                {
                mT__26(); 

                }
                break;
            case 14 :
                // InternalShots.g:1:88: T__27
                {
                mT__27(); 

                }
                break;
            case 15 :
                // InternalShots.g:1:94: T__28
                {
                mT__28(); 

                }
                break;
            case 16 :
                // InternalShots.g:1:100: T__29
                {
                mT__29(); 

                }
                break;
            case 17 :
                // InternalShots.g:1:106: T__30
                {
                mT__30(); 

                }
                break;
            case 18 :
                // InternalShots.g:1:112: T__31
                {
                mT__31(); 

                }
                break;
            case 19 :
                // InternalShots.g:1:118: T__32
                {
                mT__32(); 

                }
                break;
            case 20 :
                // InternalShots.g:1:124: T__33
                {
                mT__33(); 

                }
                break;
            case 21 :
                // InternalShots.g:1:130: T__34
                {
                mT__34(); 

                }
                break;
            case 22 :
                // InternalShots.g:1:136: T__35
                {
                mT__35(); 

                }
                break;
            case 23 :
                // InternalShots.g:1:142: T__36
                {
                mT__36(); 

                }
                break;
            case 24 :
                // InternalShots.g:1:148: T__37
                {
                mT__37(); 

                }
                break;
            case 25 :
                // InternalShots.g:1:154: T__38
                {
                mT__38(); 

                }
                break;
            case 26 :
                // InternalShots.g:1:160: T__39
                {
                mT__39(); 

                }
                break;
            case 27 :
                // InternalShots.g:1:166: T__40
                {
                mT__40(); 

                }
                break;
            case 28 :
                // InternalShots.g:1:172: T__41
                {
                mT__41(); 

                }
                break;
            case 29 :
                // InternalShots.g:1:178: T__42
                {
                mT__42(); 

                }
                break;
            case 30 :
                // InternalShots.g:1:184: T__43
                {
                mT__43(); 

                }
                break;
            case 31 :
                // InternalShots.g:1:190: T__44
                {
                mT__44(); 

                }
                break;
            case 32 :
                // InternalShots.g:1:196: T__45
                {
                mT__45(); 

                }
                break;
            case 33 :
                // InternalShots.g:1:202: T__46
                {
                mT__46(); 

                }
                break;
            case 34 :
                // InternalShots.g:1:208: T__47
                {
                mT__47(); 

                }
                break;
            case 35 :
                // InternalShots.g:1:214: T__48
                {
                mT__48(); 

                }
                break;
            case 36 :
                // InternalShots.g:1:220: T__49
                {
                mT__49(); 

                }
                break;
            case 37 :
                // InternalShots.g:1:226: T__50
                {
                mT__50(); 

                }
                break;
            case 38 :
                // InternalShots.g:1:232: T__51
                {
                mT__51(); 

                }
                break;
            case 39 :
                // InternalShots.g:1:238: T__52
                {
                mT__52(); 

                }
                break;
            case 40 :
                // InternalShots.g:1:244: RULE_WHOLE_SECONDS
                {
                mRULE_WHOLE_SECONDS(); 

                }
                break;
            case 41 :
                // InternalShots.g:1:263: RULE_WIDTH
                {
                mRULE_WIDTH(); 

                }
                break;
            case 42 :
                // InternalShots.g:1:274: RULE_CAMERA_MOVE
                {
                mRULE_CAMERA_MOVE(); 

                }
                break;
            case 43 :
                // InternalShots.g:1:291: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 44 :
                // InternalShots.g:1:299: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 45 :
                // InternalShots.g:1:308: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 46 :
                // InternalShots.g:1:320: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 47 :
                // InternalShots.g:1:336: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 48 :
                // InternalShots.g:1:352: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 49 :
                // InternalShots.g:1:360: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA15 dfa15 = new DFA15(this);
    static final String DFA15_eotS =
        "\1\uffff\6\34\2\uffff\2\34\1\uffff\4\34\2\uffff\1\34\1\101\1\32\1\uffff\3\32\2\uffff\1\34\1\uffff\7\34\1\122\5\34\1\130\2\34\2\uffff\10\34\1\uffff\3\34\1\150\2\34\2\uffff\1\34\2\uffff\1\101\5\uffff\1\154\1\155\4\34\1\162\2\34\1\uffff\5\34\1\uffff\1\34\1\173\5\34\1\u0081\1\34\1\u0083\3\34\1\u0087\1\34\1\uffff\3\34\2\uffff\4\34\1\uffff\1\34\1\u0091\6\34\1\uffff\1\u0098\2\34\1\u009b\1\u009c\1\uffff\1\34\1\uffff\3\34\1\uffff\1\u00a1\2\34\1\u00a4\5\34\1\uffff\1\u00aa\1\34\1\u00ac\1\34\1\u00ae\1\34\1\uffff\1\u00b0\1\34\2\uffff\1\u00b2\3\34\1\uffff\2\34\1\uffff\5\34\1\uffff\1\34\1\uffff\1\34\1\uffff\1\34\1\uffff\1\34\1\uffff\1\34\1\u00c2\1\u00c3\5\34\1\uffff\1\u00c9\1\u00ca\1\34\1\u00cc\1\34\1\u00ce\2\uffff\5\34\2\uffff\1\34\1\uffff\1\u00d5\1\uffff\1\34\1\u00d7\1\u00d8\1\u00d9\1\u00da\1\34\1\uffff\1\u00dc\4\uffff\1\u00dd\2\uffff";
    static final String DFA15_eofS =
        "\u00de\uffff";
    static final String DFA15_minS =
        "\1\0\1\165\1\141\1\145\1\155\1\141\1\145\2\uffff\1\145\1\141\1\uffff\1\157\1\164\1\145\1\157\2\uffff\1\151\1\60\1\101\1\uffff\2\0\1\52\2\uffff\1\164\1\uffff\1\164\1\157\1\141\1\156\1\155\1\160\1\154\1\60\1\141\1\162\1\155\1\141\1\153\1\60\1\157\1\162\2\uffff\1\156\1\171\1\145\1\157\1\155\1\141\1\143\1\144\1\uffff\1\162\1\163\1\157\1\60\1\146\1\143\2\uffff\1\164\2\uffff\1\60\5\uffff\2\60\1\163\1\162\1\164\1\145\1\60\1\151\1\157\1\uffff\1\147\1\157\1\160\1\156\1\145\1\uffff\1\152\1\60\1\147\1\154\1\165\1\144\1\164\1\60\1\164\1\60\1\153\1\147\1\155\1\60\1\155\1\uffff\1\145\1\141\1\150\2\uffff\1\163\1\141\1\151\1\162\1\uffff\1\166\1\60\1\145\1\165\1\157\2\163\1\145\1\uffff\1\60\2\145\2\60\1\uffff\1\163\1\uffff\2\145\1\141\1\uffff\1\60\1\162\1\164\1\60\1\146\1\143\1\156\1\141\1\145\1\uffff\1\60\1\147\1\60\1\151\1\60\1\143\1\uffff\1\60\1\156\2\uffff\1\60\1\156\2\164\1\uffff\1\145\1\151\1\uffff\1\141\1\164\1\165\1\11\1\162\1\uffff\1\150\1\uffff\1\164\1\uffff\1\164\1\uffff\1\143\1\uffff\1\144\2\60\1\156\1\157\1\144\2\145\1\uffff\2\60\1\151\1\60\1\145\1\60\2\uffff\1\143\1\156\1\145\1\162\1\163\2\uffff\1\157\1\uffff\1\60\1\uffff\1\145\4\60\1\156\1\uffff\1\60\4\uffff\1\60\2\uffff";
    static final String DFA15_maxS =
        "\1\uffff\2\165\1\151\1\156\2\162\2\uffff\1\164\1\165\1\uffff\1\162\1\164\1\145\1\157\2\uffff\1\151\1\170\1\172\1\uffff\2\uffff\1\57\2\uffff\1\164\1\uffff\1\164\1\157\1\141\1\156\1\155\1\160\1\154\1\172\1\141\1\162\1\155\1\141\1\153\1\172\1\157\1\162\2\uffff\1\156\1\171\1\161\1\157\1\155\1\141\1\162\1\144\1\uffff\1\162\1\163\1\157\1\172\1\146\1\143\2\uffff\1\164\2\uffff\1\170\5\uffff\2\172\1\163\1\162\1\164\1\145\1\172\1\151\1\157\1\uffff\1\147\1\157\1\160\1\156\1\145\1\uffff\1\152\1\172\1\147\1\154\1\165\1\144\1\164\1\172\1\164\1\172\1\153\1\147\1\155\1\172\1\155\1\uffff\1\145\1\141\1\150\2\uffff\1\163\1\141\1\151\1\162\1\uffff\1\166\1\172\1\145\1\165\1\157\2\163\1\145\1\uffff\1\172\2\145\2\172\1\uffff\1\163\1\uffff\2\145\1\141\1\uffff\1\172\1\162\1\164\1\172\1\146\1\143\1\156\1\141\1\145\1\uffff\1\172\1\147\1\172\1\151\1\172\1\143\1\uffff\1\172\1\156\2\uffff\1\172\1\156\2\164\1\uffff\1\145\1\151\1\uffff\1\141\1\164\1\165\1\40\1\162\1\uffff\1\150\1\uffff\1\164\1\uffff\1\164\1\uffff\1\143\1\uffff\1\144\2\172\1\156\1\157\1\144\2\145\1\uffff\2\172\1\151\1\172\1\145\1\172\2\uffff\1\143\1\156\1\145\1\162\1\163\2\uffff\1\157\1\uffff\1\172\1\uffff\1\145\4\172\1\156\1\uffff\1\172\4\uffff\1\172\2\uffff";
    static final String DFA15_acceptS =
        "\7\uffff\1\11\1\12\2\uffff\1\16\4\uffff\1\35\1\45\3\uffff\1\53\3\uffff\1\60\1\61\1\uffff\1\53\20\uffff\1\11\1\12\10\uffff\1\16\6\uffff\1\35\1\45\1\uffff\1\54\1\51\1\uffff\1\50\1\55\1\56\1\57\1\60\11\uffff\1\5\5\uffff\1\46\17\uffff\1\26\3\uffff\1\1\1\2\4\uffff\1\4\10\uffff\1\20\5\uffff\1\15\1\uffff\1\21\3\uffff\1\27\11\uffff\1\6\6\uffff\1\13\2\uffff\1\41\1\37\4\uffff\1\43\2\uffff\1\47\5\uffff\1\44\1\uffff\1\14\1\uffff\1\40\1\uffff\1\30\1\uffff\1\17\10\uffff\1\52\6\uffff\1\25\1\22\5\uffff\1\23\1\7\1\uffff\1\10\1\uffff\1\24\6\uffff\1\34\1\uffff\1\33\1\3\1\31\1\42\1\uffff\1\32\1\36";
    static final String DFA15_specialS =
        "\1\0\25\uffff\1\1\1\2\u00c6\uffff}>";
    static final String[] DFA15_transitionS = {
            "\11\32\2\31\2\32\1\31\22\32\1\31\1\32\1\26\4\32\1\27\4\32\1\13\1\32\1\20\1\30\12\23\1\21\6\32\32\25\3\32\1\24\1\25\1\32\1\15\1\12\1\2\1\3\1\25\1\14\2\25\1\4\2\25\1\17\2\25\1\1\1\6\1\25\1\16\1\11\1\5\2\25\1\22\3\25\1\7\1\32\1\10\uff82\32",
            "\1\33",
            "\1\41\6\uffff\1\37\6\uffff\1\40\2\uffff\1\36\2\uffff\1\35",
            "\1\43\3\uffff\1\42",
            "\1\45\1\44",
            "\1\51\3\uffff\1\47\2\uffff\1\46\6\uffff\1\52\2\uffff\1\50",
            "\1\54\14\uffff\1\53",
            "",
            "",
            "\1\61\2\uffff\1\62\6\uffff\1\57\4\uffff\1\60",
            "\1\65\3\uffff\1\64\12\uffff\1\63\4\uffff\1\66",
            "",
            "\1\70\1\71\1\uffff\1\72",
            "\1\73",
            "\1\74",
            "\1\75",
            "",
            "",
            "\1\100",
            "\12\103\71\uffff\1\104\4\uffff\1\102",
            "\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            "\0\105",
            "\0\105",
            "\1\106\4\uffff\1\107",
            "",
            "",
            "\1\111",
            "",
            "\1\112",
            "\1\113",
            "\1\114",
            "\1\115",
            "\1\116",
            "\1\117",
            "\1\120",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\23\34\1\121\6\34",
            "\1\123",
            "\1\124",
            "\1\125",
            "\1\126",
            "\1\127",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\131",
            "\1\132",
            "",
            "",
            "\1\133",
            "\1\134",
            "\1\136\13\uffff\1\135",
            "\1\137",
            "\1\140",
            "\1\141",
            "\1\143\16\uffff\1\142",
            "\1\144",
            "",
            "\1\145",
            "\1\146",
            "\1\147",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\151",
            "\1\152",
            "",
            "",
            "\1\153",
            "",
            "",
            "\12\103\71\uffff\1\104\4\uffff\1\102",
            "",
            "",
            "",
            "",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\156",
            "\1\157",
            "\1\160",
            "\1\161",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\163",
            "\1\164",
            "",
            "\1\165",
            "\1\166",
            "\1\167",
            "\1\170",
            "\1\171",
            "",
            "\1\172",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\174",
            "\1\175",
            "\1\176",
            "\1\177",
            "\1\u0080",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u0082",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u0084",
            "\1\u0085",
            "\1\u0086",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u0088",
            "",
            "\1\u0089",
            "\1\u008a",
            "\1\u008b",
            "",
            "",
            "\1\u008c",
            "\1\u008d",
            "\1\u008e",
            "\1\u008f",
            "",
            "\1\u0090",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u0092",
            "\1\u0093",
            "\1\u0094",
            "\1\u0095",
            "\1\u0096",
            "\1\u0097",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u0099",
            "\1\u009a",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            "\1\u009d",
            "",
            "\1\u009e",
            "\1\u009f",
            "\1\u00a0",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00a2",
            "\1\u00a3",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00a5",
            "\1\u00a6",
            "\1\u00a7",
            "\1\u00a8",
            "\1\u00a9",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00ab",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00ad",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00af",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00b1",
            "",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "",
            "\1\u00b6",
            "\1\u00b7",
            "",
            "\1\u00b8",
            "\1\u00b9",
            "\1\u00ba",
            "\1\u00bb\26\uffff\1\u00bb",
            "\1\u00bc",
            "",
            "\1\u00bd",
            "",
            "\1\u00be",
            "",
            "\1\u00bf",
            "",
            "\1\u00c0",
            "",
            "\1\u00c1",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00c4",
            "\1\u00c5",
            "\1\u00c6",
            "\1\u00c7",
            "\1\u00c8",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00cb",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00cd",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            "",
            "\1\u00cf",
            "\1\u00d0",
            "\1\u00d1",
            "\1\u00d2",
            "\1\u00d3",
            "",
            "",
            "\1\u00d4",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            "\1\u00d6",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "\1\u00db",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            "",
            "",
            "",
            "\12\34\7\uffff\32\34\4\uffff\1\34\1\uffff\32\34",
            "",
            ""
    };

    static final short[] DFA15_eot = DFA.unpackEncodedString(DFA15_eotS);
    static final short[] DFA15_eof = DFA.unpackEncodedString(DFA15_eofS);
    static final char[] DFA15_min = DFA.unpackEncodedStringToUnsignedChars(DFA15_minS);
    static final char[] DFA15_max = DFA.unpackEncodedStringToUnsignedChars(DFA15_maxS);
    static final short[] DFA15_accept = DFA.unpackEncodedString(DFA15_acceptS);
    static final short[] DFA15_special = DFA.unpackEncodedString(DFA15_specialS);
    static final short[][] DFA15_transition;

    static {
        int numStates = DFA15_transitionS.length;
        DFA15_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA15_transition[i] = DFA.unpackEncodedString(DFA15_transitionS[i]);
        }
    }

    class DFA15 extends DFA {

        public DFA15(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 15;
            this.eot = DFA15_eot;
            this.eof = DFA15_eof;
            this.min = DFA15_min;
            this.max = DFA15_max;
            this.accept = DFA15_accept;
            this.special = DFA15_special;
            this.transition = DFA15_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | RULE_WHOLE_SECONDS | RULE_WIDTH | RULE_CAMERA_MOVE | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA15_0 = input.LA(1);

                        s = -1;
                        if ( (LA15_0=='o') ) {s = 1;}

                        else if ( (LA15_0=='c') ) {s = 2;}

                        else if ( (LA15_0=='d') ) {s = 3;}

                        else if ( (LA15_0=='i') ) {s = 4;}

                        else if ( (LA15_0=='t') ) {s = 5;}

                        else if ( (LA15_0=='p') ) {s = 6;}

                        else if ( (LA15_0=='{') ) {s = 7;}

                        else if ( (LA15_0=='}') ) {s = 8;}

                        else if ( (LA15_0=='s') ) {s = 9;}

                        else if ( (LA15_0=='b') ) {s = 10;}

                        else if ( (LA15_0==',') ) {s = 11;}

                        else if ( (LA15_0=='f') ) {s = 12;}

                        else if ( (LA15_0=='a') ) {s = 13;}

                        else if ( (LA15_0=='r') ) {s = 14;}

                        else if ( (LA15_0=='l') ) {s = 15;}

                        else if ( (LA15_0=='.') ) {s = 16;}

                        else if ( (LA15_0==':') ) {s = 17;}

                        else if ( (LA15_0=='w') ) {s = 18;}

                        else if ( ((LA15_0>='0' && LA15_0<='9')) ) {s = 19;}

                        else if ( (LA15_0=='^') ) {s = 20;}

                        else if ( ((LA15_0>='A' && LA15_0<='Z')||LA15_0=='_'||LA15_0=='e'||(LA15_0>='g' && LA15_0<='h')||(LA15_0>='j' && LA15_0<='k')||(LA15_0>='m' && LA15_0<='n')||LA15_0=='q'||(LA15_0>='u' && LA15_0<='v')||(LA15_0>='x' && LA15_0<='z')) ) {s = 21;}

                        else if ( (LA15_0=='\"') ) {s = 22;}

                        else if ( (LA15_0=='\'') ) {s = 23;}

                        else if ( (LA15_0=='/') ) {s = 24;}

                        else if ( ((LA15_0>='\t' && LA15_0<='\n')||LA15_0=='\r'||LA15_0==' ') ) {s = 25;}

                        else if ( ((LA15_0>='\u0000' && LA15_0<='\b')||(LA15_0>='\u000B' && LA15_0<='\f')||(LA15_0>='\u000E' && LA15_0<='\u001F')||LA15_0=='!'||(LA15_0>='#' && LA15_0<='&')||(LA15_0>='(' && LA15_0<='+')||LA15_0=='-'||(LA15_0>=';' && LA15_0<='@')||(LA15_0>='[' && LA15_0<=']')||LA15_0=='`'||LA15_0=='|'||(LA15_0>='~' && LA15_0<='\uFFFF')) ) {s = 26;}

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA15_22 = input.LA(1);

                        s = -1;
                        if ( ((LA15_22>='\u0000' && LA15_22<='\uFFFF')) ) {s = 69;}

                        else s = 26;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA15_23 = input.LA(1);

                        s = -1;
                        if ( ((LA15_23>='\u0000' && LA15_23<='\uFFFF')) ) {s = 69;}

                        else s = 26;

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 15, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}