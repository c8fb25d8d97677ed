package dev.longtake.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import dev.longtake.dsl.services.ShotsGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalShotsParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_INT", "RULE_ID", "RULE_WIDTH", "RULE_CAMERA_MOVE", "RULE_WHOLE_SECONDS", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'project'", "'{'", "'song'", "'tempo'", "'bpm'", "','", "'beats'", "'per'", "'bar'", "'format'", "'deliver'", "'backend'", "'budget'", "'}'", "'at'", "'fps'", "'style'", "'character'", "'reference'", "'location'", "'sequence'", "'.'", "'transition'", "'shot'", "'takes'", "'seed'", "'continues'", "'from'", "'image'", "'to'", "'with'", "':'", "'cut'", "'crossfade'", "'dip'", "'in'", "'into'", "'through'", "'out'"
    };
    public static final int T__50=50;
    public static final int RULE_WIDTH=7;
    public static final int T__19=19;
    public static final int RULE_CAMERA_MOVE=8;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__14=14;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int RULE_ID=6;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=5;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int RULE_ML_COMMENT=10;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int RULE_STRING=4;
    public static final int RULE_WHOLE_SECONDS=9;
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


        public InternalShotsParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalShotsParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalShotsParser.tokenNames; }
    public String getGrammarFileName() { return "InternalShots.g"; }



     	private ShotsGrammarAccess grammarAccess;

        public InternalShotsParser(TokenStream input, ShotsGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "Script";
       	}

       	@Override
       	protected ShotsGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleScript"
    // InternalShots.g:65:1: entryRuleScript returns [EObject current=null] : iv_ruleScript= ruleScript EOF ;
    public final EObject entryRuleScript() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleScript = null;


        try {
            // InternalShots.g:65:47: (iv_ruleScript= ruleScript EOF )
            // InternalShots.g:66:2: iv_ruleScript= ruleScript EOF
            {
             newCompositeNode(grammarAccess.getScriptRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScript=ruleScript();

            state._fsp--;

             current =iv_ruleScript; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleScript"


    // $ANTLR start "ruleScript"
    // InternalShots.g:72:1: ruleScript returns [EObject current=null] : ( () ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )* ) ;
    public final EObject ruleScript() throws RecognitionException {
        EObject current = null;

        EObject lv_settings_1_0 = null;

        EObject lv_styles_2_0 = null;

        EObject lv_characters_3_0 = null;

        EObject lv_locations_4_0 = null;

        EObject lv_sequences_5_0 = null;



        	enterRule();

        try {
            // InternalShots.g:78:2: ( ( () ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )* ) )
            // InternalShots.g:79:2: ( () ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )* )
            {
            // InternalShots.g:79:2: ( () ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )* )
            // InternalShots.g:80:3: () ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )*
            {
            // InternalShots.g:80:3: ()
            // InternalShots.g:81:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getScriptAccess().getScriptAction_0(),
            					current);
            			

            }

            // InternalShots.g:87:3: ( ( (lv_settings_1_0= ruleProjectSettings ) ) | ( (lv_styles_2_0= ruleStyle ) ) | ( (lv_characters_3_0= ruleCharacter ) ) | ( (lv_locations_4_0= ruleLocation ) ) | ( (lv_sequences_5_0= ruleSequence ) ) )*
            loop1:
            do {
                int alt1=6;
                switch ( input.LA(1) ) {
                case 14:
                    {
                    alt1=1;
                    }
                    break;
                case 30:
                    {
                    alt1=2;
                    }
                    break;
                case 31:
                    {
                    alt1=3;
                    }
                    break;
                case 33:
                    {
                    alt1=4;
                    }
                    break;
                case 34:
                    {
                    alt1=5;
                    }
                    break;

                }

                switch (alt1) {
            	case 1 :
            	    // InternalShots.g:88:4: ( (lv_settings_1_0= ruleProjectSettings ) )
            	    {
            	    // InternalShots.g:88:4: ( (lv_settings_1_0= ruleProjectSettings ) )
            	    // InternalShots.g:89:5: (lv_settings_1_0= ruleProjectSettings )
            	    {
            	    // InternalShots.g:89:5: (lv_settings_1_0= ruleProjectSettings )
            	    // InternalShots.g:90:6: lv_settings_1_0= ruleProjectSettings
            	    {

            	    						newCompositeNode(grammarAccess.getScriptAccess().getSettingsProjectSettingsParserRuleCall_1_0_0());
            	    					
            	    pushFollow(FOLLOW_3);
            	    lv_settings_1_0=ruleProjectSettings();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getScriptRule());
            	    						}
            	    						set(
            	    							current,
            	    							"settings",
            	    							lv_settings_1_0,
            	    							"dev.longtake.dsl.Shots.ProjectSettings");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalShots.g:108:4: ( (lv_styles_2_0= ruleStyle ) )
            	    {
            	    // InternalShots.g:108:4: ( (lv_styles_2_0= ruleStyle ) )
            	    // InternalShots.g:109:5: (lv_styles_2_0= ruleStyle )
            	    {
            	    // InternalShots.g:109:5: (lv_styles_2_0= ruleStyle )
            	    // InternalShots.g:110:6: lv_styles_2_0= ruleStyle
            	    {

            	    						newCompositeNode(grammarAccess.getScriptAccess().getStylesStyleParserRuleCall_1_1_0());
            	    					
            	    pushFollow(FOLLOW_3);
            	    lv_styles_2_0=ruleStyle();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getScriptRule());
            	    						}
            	    						add(
            	    							current,
            	    							"styles",
            	    							lv_styles_2_0,
            	    							"dev.longtake.dsl.Shots.Style");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalShots.g:128:4: ( (lv_characters_3_0= ruleCharacter ) )
            	    {
            	    // InternalShots.g:128:4: ( (lv_characters_3_0= ruleCharacter ) )
            	    // InternalShots.g:129:5: (lv_characters_3_0= ruleCharacter )
            	    {
            	    // InternalShots.g:129:5: (lv_characters_3_0= ruleCharacter )
            	    // InternalShots.g:130:6: lv_characters_3_0= ruleCharacter
            	    {

            	    						newCompositeNode(grammarAccess.getScriptAccess().getCharactersCharacterParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_3);
            	    lv_characters_3_0=ruleCharacter();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getScriptRule());
            	    						}
            	    						add(
            	    							current,
            	    							"characters",
            	    							lv_characters_3_0,
            	    							"dev.longtake.dsl.Shots.Character");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalShots.g:148:4: ( (lv_locations_4_0= ruleLocation ) )
            	    {
            	    // InternalShots.g:148:4: ( (lv_locations_4_0= ruleLocation ) )
            	    // InternalShots.g:149:5: (lv_locations_4_0= ruleLocation )
            	    {
            	    // InternalShots.g:149:5: (lv_locations_4_0= ruleLocation )
            	    // InternalShots.g:150:6: lv_locations_4_0= ruleLocation
            	    {

            	    						newCompositeNode(grammarAccess.getScriptAccess().getLocationsLocationParserRuleCall_1_3_0());
            	    					
            	    pushFollow(FOLLOW_3);
            	    lv_locations_4_0=ruleLocation();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getScriptRule());
            	    						}
            	    						add(
            	    							current,
            	    							"locations",
            	    							lv_locations_4_0,
            	    							"dev.longtake.dsl.Shots.Location");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalShots.g:168:4: ( (lv_sequences_5_0= ruleSequence ) )
            	    {
            	    // InternalShots.g:168:4: ( (lv_sequences_5_0= ruleSequence ) )
            	    // InternalShots.g:169:5: (lv_sequences_5_0= ruleSequence )
            	    {
            	    // InternalShots.g:169:5: (lv_sequences_5_0= ruleSequence )
            	    // InternalShots.g:170:6: lv_sequences_5_0= ruleSequence
            	    {

            	    						newCompositeNode(grammarAccess.getScriptAccess().getSequencesSequenceParserRuleCall_1_4_0());
            	    					
            	    pushFollow(FOLLOW_3);
            	    lv_sequences_5_0=ruleSequence();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getScriptRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sequences",
            	    							lv_sequences_5_0,
            	    							"dev.longtake.dsl.Shots.Sequence");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleScript"


    // $ANTLR start "entryRuleProjectSettings"
    // InternalShots.g:192:1: entryRuleProjectSettings returns [EObject current=null] : iv_ruleProjectSettings= ruleProjectSettings EOF ;
    public final EObject entryRuleProjectSettings() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProjectSettings = null;


        try {
            // InternalShots.g:192:56: (iv_ruleProjectSettings= ruleProjectSettings EOF )
            // InternalShots.g:193:2: iv_ruleProjectSettings= ruleProjectSettings EOF
            {
             newCompositeNode(grammarAccess.getProjectSettingsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProjectSettings=ruleProjectSettings();

            state._fsp--;

             current =iv_ruleProjectSettings; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleProjectSettings"


    // $ANTLR start "ruleProjectSettings"
    // InternalShots.g:199:1: ruleProjectSettings returns [EObject current=null] : (otherlv_0= 'project' ( (lv_title_1_0= RULE_STRING ) ) otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_23= '}' ) ;
    public final EObject ruleProjectSettings() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_song_5_0=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token lv_beatsPerBar_10_0=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token lv_defaultBackend_19_0=null;
        Token otherlv_20=null;
        Token lv_currency_22_0=null;
        Token otherlv_23=null;
        AntlrDatatypeRuleToken lv_tempo_7_0 = null;

        EObject lv_format_15_0 = null;

        EObject lv_deliver_17_0 = null;

        AntlrDatatypeRuleToken lv_budget_21_0 = null;



        	enterRule();

        try {
            // InternalShots.g:205:2: ( (otherlv_0= 'project' ( (lv_title_1_0= RULE_STRING ) ) otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_23= '}' ) )
            // InternalShots.g:206:2: (otherlv_0= 'project' ( (lv_title_1_0= RULE_STRING ) ) otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_23= '}' )
            {
            // InternalShots.g:206:2: (otherlv_0= 'project' ( (lv_title_1_0= RULE_STRING ) ) otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_23= '}' )
            // InternalShots.g:207:3: otherlv_0= 'project' ( (lv_title_1_0= RULE_STRING ) ) otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_23= '}'
            {
            otherlv_0=(Token)match(input,14,FOLLOW_4); 

            			newLeafNode(otherlv_0, grammarAccess.getProjectSettingsAccess().getProjectKeyword_0());
            		
            // InternalShots.g:211:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalShots.g:212:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalShots.g:212:4: (lv_title_1_0= RULE_STRING )
            // InternalShots.g:213:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

            					newLeafNode(lv_title_1_0, grammarAccess.getProjectSettingsAccess().getTitleSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getProjectSettingsRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_2=(Token)match(input,15,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getProjectSettingsAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalShots.g:233:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) ) )
            // InternalShots.g:234:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) )
            {
            // InternalShots.g:234:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* ) )
            // InternalShots.g:235:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            				
            // InternalShots.g:238:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )* )
            // InternalShots.g:239:6: ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )*
            {
            // InternalShots.g:239:6: ( ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) ) )*
            loop3:
            do {
                int alt3=7;
                int LA3_0 = input.LA(1);

                if ( LA3_0 == 16 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
                    alt3=1;
                }
                else if ( LA3_0 == 17 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
                    alt3=2;
                }
                else if ( LA3_0 == 23 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
                    alt3=3;
                }
                else if ( LA3_0 == 24 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
                    alt3=4;
                }
                else if ( LA3_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
                    alt3=5;
                }
                else if ( LA3_0 == 26 && getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
                    alt3=6;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalShots.g:240:4: ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalShots.g:240:4: ({...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) ) )
            	    // InternalShots.g:241:5: {...}? => ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalShots.g:241:112: ( ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) ) )
            	    // InternalShots.g:242:6: ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalShots.g:245:9: ({...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) ) )
            	    // InternalShots.g:245:10: {...}? => (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:245:19: (otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) ) )
            	    // InternalShots.g:245:20: otherlv_4= 'song' ( (lv_song_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,16,FOLLOW_4); 

            	    									newLeafNode(otherlv_4, grammarAccess.getProjectSettingsAccess().getSongKeyword_3_0_0());
            	    								
            	    // InternalShots.g:249:9: ( (lv_song_5_0= RULE_STRING ) )
            	    // InternalShots.g:250:10: (lv_song_5_0= RULE_STRING )
            	    {
            	    // InternalShots.g:250:10: (lv_song_5_0= RULE_STRING )
            	    // InternalShots.g:251:11: lv_song_5_0= RULE_STRING
            	    {
            	    lv_song_5_0=(Token)match(input,RULE_STRING,FOLLOW_6); 

            	    											newLeafNode(lv_song_5_0, grammarAccess.getProjectSettingsAccess().getSongSTRINGTerminalRuleCall_3_0_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"song",
            	    												lv_song_5_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalShots.g:273:4: ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) )
            	    {
            	    // InternalShots.g:273:4: ({...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) ) )
            	    // InternalShots.g:274:5: {...}? => ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalShots.g:274:112: ( ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) ) )
            	    // InternalShots.g:275:6: ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalShots.g:278:9: ({...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? ) )
            	    // InternalShots.g:278:10: {...}? => (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:278:19: (otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )? )
            	    // InternalShots.g:278:20: otherlv_6= 'tempo' ( (lv_tempo_7_0= ruleDecimal ) ) otherlv_8= 'bpm' (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )?
            	    {
            	    otherlv_6=(Token)match(input,17,FOLLOW_7); 

            	    									newLeafNode(otherlv_6, grammarAccess.getProjectSettingsAccess().getTempoKeyword_3_1_0());
            	    								
            	    // InternalShots.g:282:9: ( (lv_tempo_7_0= ruleDecimal ) )
            	    // InternalShots.g:283:10: (lv_tempo_7_0= ruleDecimal )
            	    {
            	    // InternalShots.g:283:10: (lv_tempo_7_0= ruleDecimal )
            	    // InternalShots.g:284:11: lv_tempo_7_0= ruleDecimal
            	    {

            	    											newCompositeNode(grammarAccess.getProjectSettingsAccess().getTempoDecimalParserRuleCall_3_1_1_0());
            	    										
            	    pushFollow(FOLLOW_8);
            	    lv_tempo_7_0=ruleDecimal();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											set(
            	    												current,
            	    												"tempo",
            	    												lv_tempo_7_0,
            	    												"dev.longtake.dsl.Shots.Decimal");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }

            	    otherlv_8=(Token)match(input,18,FOLLOW_9); 

            	    									newLeafNode(otherlv_8, grammarAccess.getProjectSettingsAccess().getBpmKeyword_3_1_2());
            	    								
            	    // InternalShots.g:305:9: (otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar' )?
            	    int alt2=2;
            	    int LA2_0 = input.LA(1);

            	    if ( (LA2_0==19) ) {
            	        alt2=1;
            	    }
            	    switch (alt2) {
            	        case 1 :
            	            // InternalShots.g:306:10: otherlv_9= ',' ( (lv_beatsPerBar_10_0= RULE_INT ) ) otherlv_11= 'beats' otherlv_12= 'per' otherlv_13= 'bar'
            	            {
            	            otherlv_9=(Token)match(input,19,FOLLOW_7); 

            	            										newLeafNode(otherlv_9, grammarAccess.getProjectSettingsAccess().getCommaKeyword_3_1_3_0());
            	            									
            	            // InternalShots.g:310:10: ( (lv_beatsPerBar_10_0= RULE_INT ) )
            	            // InternalShots.g:311:11: (lv_beatsPerBar_10_0= RULE_INT )
            	            {
            	            // InternalShots.g:311:11: (lv_beatsPerBar_10_0= RULE_INT )
            	            // InternalShots.g:312:12: lv_beatsPerBar_10_0= RULE_INT
            	            {
            	            lv_beatsPerBar_10_0=(Token)match(input,RULE_INT,FOLLOW_10); 

            	            												newLeafNode(lv_beatsPerBar_10_0, grammarAccess.getProjectSettingsAccess().getBeatsPerBarINTTerminalRuleCall_3_1_3_1_0());
            	            											

            	            												if (current==null) {
            	            													current = createModelElement(grammarAccess.getProjectSettingsRule());
            	            												}
            	            												setWithLastConsumed(
            	            													current,
            	            													"beatsPerBar",
            	            													lv_beatsPerBar_10_0,
            	            													"org.eclipse.xtext.common.Terminals.INT");
            	            											

            	            }


            	            }

            	            otherlv_11=(Token)match(input,20,FOLLOW_11); 

            	            										newLeafNode(otherlv_11, grammarAccess.getProjectSettingsAccess().getBeatsKeyword_3_1_3_2());
            	            									
            	            otherlv_12=(Token)match(input,21,FOLLOW_12); 

            	            										newLeafNode(otherlv_12, grammarAccess.getProjectSettingsAccess().getPerKeyword_3_1_3_3());
            	            									
            	            otherlv_13=(Token)match(input,22,FOLLOW_6); 

            	            										newLeafNode(otherlv_13, grammarAccess.getProjectSettingsAccess().getBarKeyword_3_1_3_4());
            	            									

            	            }
            	            break;

            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalShots.g:347:4: ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) )
            	    {
            	    // InternalShots.g:347:4: ({...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) ) )
            	    // InternalShots.g:348:5: {...}? => ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2)");
            	    }
            	    // InternalShots.g:348:112: ( ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) ) )
            	    // InternalShots.g:349:6: ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 2);
            	    					
            	    // InternalShots.g:352:9: ({...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) ) )
            	    // InternalShots.g:352:10: {...}? => (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:352:19: (otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) ) )
            	    // InternalShots.g:352:20: otherlv_14= 'format' ( (lv_format_15_0= ruleVideoFormat ) )
            	    {
            	    otherlv_14=(Token)match(input,23,FOLLOW_13); 

            	    									newLeafNode(otherlv_14, grammarAccess.getProjectSettingsAccess().getFormatKeyword_3_2_0());
            	    								
            	    // InternalShots.g:356:9: ( (lv_format_15_0= ruleVideoFormat ) )
            	    // InternalShots.g:357:10: (lv_format_15_0= ruleVideoFormat )
            	    {
            	    // InternalShots.g:357:10: (lv_format_15_0= ruleVideoFormat )
            	    // InternalShots.g:358:11: lv_format_15_0= ruleVideoFormat
            	    {

            	    											newCompositeNode(grammarAccess.getProjectSettingsAccess().getFormatVideoFormatParserRuleCall_3_2_1_0());
            	    										
            	    pushFollow(FOLLOW_6);
            	    lv_format_15_0=ruleVideoFormat();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											set(
            	    												current,
            	    												"format",
            	    												lv_format_15_0,
            	    												"dev.longtake.dsl.Shots.VideoFormat");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalShots.g:381:4: ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) )
            	    {
            	    // InternalShots.g:381:4: ({...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) ) )
            	    // InternalShots.g:382:5: {...}? => ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3)");
            	    }
            	    // InternalShots.g:382:112: ( ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) ) )
            	    // InternalShots.g:383:6: ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 3);
            	    					
            	    // InternalShots.g:386:9: ({...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) ) )
            	    // InternalShots.g:386:10: {...}? => (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:386:19: (otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) ) )
            	    // InternalShots.g:386:20: otherlv_16= 'deliver' ( (lv_deliver_17_0= ruleFrameSize ) )
            	    {
            	    otherlv_16=(Token)match(input,24,FOLLOW_13); 

            	    									newLeafNode(otherlv_16, grammarAccess.getProjectSettingsAccess().getDeliverKeyword_3_3_0());
            	    								
            	    // InternalShots.g:390:9: ( (lv_deliver_17_0= ruleFrameSize ) )
            	    // InternalShots.g:391:10: (lv_deliver_17_0= ruleFrameSize )
            	    {
            	    // InternalShots.g:391:10: (lv_deliver_17_0= ruleFrameSize )
            	    // InternalShots.g:392:11: lv_deliver_17_0= ruleFrameSize
            	    {

            	    											newCompositeNode(grammarAccess.getProjectSettingsAccess().getDeliverFrameSizeParserRuleCall_3_3_1_0());
            	    										
            	    pushFollow(FOLLOW_6);
            	    lv_deliver_17_0=ruleFrameSize();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											set(
            	    												current,
            	    												"deliver",
            	    												lv_deliver_17_0,
            	    												"dev.longtake.dsl.Shots.FrameSize");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalShots.g:415:4: ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) )
            	    {
            	    // InternalShots.g:415:4: ({...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) ) )
            	    // InternalShots.g:416:5: {...}? => ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4)");
            	    }
            	    // InternalShots.g:416:112: ( ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) ) )
            	    // InternalShots.g:417:6: ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 4);
            	    					
            	    // InternalShots.g:420:9: ({...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) ) )
            	    // InternalShots.g:420:10: {...}? => (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:420:19: (otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) ) )
            	    // InternalShots.g:420:20: otherlv_18= 'backend' ( (lv_defaultBackend_19_0= RULE_ID ) )
            	    {
            	    otherlv_18=(Token)match(input,25,FOLLOW_14); 

            	    									newLeafNode(otherlv_18, grammarAccess.getProjectSettingsAccess().getBackendKeyword_3_4_0());
            	    								
            	    // InternalShots.g:424:9: ( (lv_defaultBackend_19_0= RULE_ID ) )
            	    // InternalShots.g:425:10: (lv_defaultBackend_19_0= RULE_ID )
            	    {
            	    // InternalShots.g:425:10: (lv_defaultBackend_19_0= RULE_ID )
            	    // InternalShots.g:426:11: lv_defaultBackend_19_0= RULE_ID
            	    {
            	    lv_defaultBackend_19_0=(Token)match(input,RULE_ID,FOLLOW_6); 

            	    											newLeafNode(lv_defaultBackend_19_0, grammarAccess.getProjectSettingsAccess().getDefaultBackendIDTerminalRuleCall_3_4_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"defaultBackend",
            	    												lv_defaultBackend_19_0,
            	    												"org.eclipse.xtext.common.Terminals.ID");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalShots.g:448:4: ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) )
            	    {
            	    // InternalShots.g:448:4: ({...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) ) )
            	    // InternalShots.g:449:5: {...}? => ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "getUnorderedGroupHelper().canSelect(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5)");
            	    }
            	    // InternalShots.g:449:112: ( ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) ) )
            	    // InternalShots.g:450:6: ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3(), 5);
            	    					
            	    // InternalShots.g:453:9: ({...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) ) )
            	    // InternalShots.g:453:10: {...}? => (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleProjectSettings", "true");
            	    }
            	    // InternalShots.g:453:19: (otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) ) )
            	    // InternalShots.g:453:20: otherlv_20= 'budget' ( (lv_budget_21_0= ruleMoney ) ) ( (lv_currency_22_0= RULE_ID ) )
            	    {
            	    otherlv_20=(Token)match(input,26,FOLLOW_7); 

            	    									newLeafNode(otherlv_20, grammarAccess.getProjectSettingsAccess().getBudgetKeyword_3_5_0());
            	    								
            	    // InternalShots.g:457:9: ( (lv_budget_21_0= ruleMoney ) )
            	    // InternalShots.g:458:10: (lv_budget_21_0= ruleMoney )
            	    {
            	    // InternalShots.g:458:10: (lv_budget_21_0= ruleMoney )
            	    // InternalShots.g:459:11: lv_budget_21_0= ruleMoney
            	    {

            	    											newCompositeNode(grammarAccess.getProjectSettingsAccess().getBudgetMoneyParserRuleCall_3_5_1_0());
            	    										
            	    pushFollow(FOLLOW_14);
            	    lv_budget_21_0=ruleMoney();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											set(
            	    												current,
            	    												"budget",
            	    												lv_budget_21_0,
            	    												"dev.longtake.dsl.Shots.Money");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }

            	    // InternalShots.g:476:9: ( (lv_currency_22_0= RULE_ID ) )
            	    // InternalShots.g:477:10: (lv_currency_22_0= RULE_ID )
            	    {
            	    // InternalShots.g:477:10: (lv_currency_22_0= RULE_ID )
            	    // InternalShots.g:478:11: lv_currency_22_0= RULE_ID
            	    {
            	    lv_currency_22_0=(Token)match(input,RULE_ID,FOLLOW_6); 

            	    											newLeafNode(lv_currency_22_0, grammarAccess.getProjectSettingsAccess().getCurrencyIDTerminalRuleCall_3_5_2_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getProjectSettingsRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"currency",
            	    												lv_currency_22_0,
            	    												"org.eclipse.xtext.common.Terminals.ID");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getProjectSettingsAccess().getUnorderedGroup_3());
            				

            }

            otherlv_23=(Token)match(input,27,FOLLOW_2); 

            			newLeafNode(otherlv_23, grammarAccess.getProjectSettingsAccess().getRightCurlyBracketKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProjectSettings"


    // $ANTLR start "entryRuleVideoFormat"
    // InternalShots.g:515:1: entryRuleVideoFormat returns [EObject current=null] : iv_ruleVideoFormat= ruleVideoFormat EOF ;
    public final EObject entryRuleVideoFormat() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVideoFormat = null;


        try {
            // InternalShots.g:515:52: (iv_ruleVideoFormat= ruleVideoFormat EOF )
            // InternalShots.g:516:2: iv_ruleVideoFormat= ruleVideoFormat EOF
            {
             newCompositeNode(grammarAccess.getVideoFormatRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVideoFormat=ruleVideoFormat();

            state._fsp--;

             current =iv_ruleVideoFormat; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleVideoFormat"


    // $ANTLR start "ruleVideoFormat"
    // InternalShots.g:522:1: ruleVideoFormat returns [EObject current=null] : ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) otherlv_2= 'at' ( (lv_fps_3_0= ruleDecimal ) ) otherlv_4= 'fps' ) ;
    public final EObject ruleVideoFormat() throws RecognitionException {
        EObject current = null;

        Token lv_width_0_0=null;
        Token lv_height_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        AntlrDatatypeRuleToken lv_fps_3_0 = null;



        	enterRule();

        try {
            // InternalShots.g:528:2: ( ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) otherlv_2= 'at' ( (lv_fps_3_0= ruleDecimal ) ) otherlv_4= 'fps' ) )
            // InternalShots.g:529:2: ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) otherlv_2= 'at' ( (lv_fps_3_0= ruleDecimal ) ) otherlv_4= 'fps' )
            {
            // InternalShots.g:529:2: ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) otherlv_2= 'at' ( (lv_fps_3_0= ruleDecimal ) ) otherlv_4= 'fps' )
            // InternalShots.g:530:3: ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) otherlv_2= 'at' ( (lv_fps_3_0= ruleDecimal ) ) otherlv_4= 'fps'
            {
            // InternalShots.g:530:3: ( (lv_width_0_0= RULE_WIDTH ) )
            // InternalShots.g:531:4: (lv_width_0_0= RULE_WIDTH )
            {
            // InternalShots.g:531:4: (lv_width_0_0= RULE_WIDTH )
            // InternalShots.g:532:5: lv_width_0_0= RULE_WIDTH
            {
            lv_width_0_0=(Token)match(input,RULE_WIDTH,FOLLOW_7); 

            					newLeafNode(lv_width_0_0, grammarAccess.getVideoFormatAccess().getWidthWIDTHTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVideoFormatRule());
            					}
            					setWithLastConsumed(
            						current,
            						"width",
            						lv_width_0_0,
            						"dev.longtake.dsl.Shots.WIDTH");
            				

            }


            }

            // InternalShots.g:548:3: ( (lv_height_1_0= RULE_INT ) )
            // InternalShots.g:549:4: (lv_height_1_0= RULE_INT )
            {
            // InternalShots.g:549:4: (lv_height_1_0= RULE_INT )
            // InternalShots.g:550:5: lv_height_1_0= RULE_INT
            {
            lv_height_1_0=(Token)match(input,RULE_INT,FOLLOW_15); 

            					newLeafNode(lv_height_1_0, grammarAccess.getVideoFormatAccess().getHeightINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVideoFormatRule());
            					}
            					setWithLastConsumed(
            						current,
            						"height",
            						lv_height_1_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            otherlv_2=(Token)match(input,28,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getVideoFormatAccess().getAtKeyword_2());
            		
            // InternalShots.g:570:3: ( (lv_fps_3_0= ruleDecimal ) )
            // InternalShots.g:571:4: (lv_fps_3_0= ruleDecimal )
            {
            // InternalShots.g:571:4: (lv_fps_3_0= ruleDecimal )
            // InternalShots.g:572:5: lv_fps_3_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getVideoFormatAccess().getFpsDecimalParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_16);
            lv_fps_3_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getVideoFormatRule());
            					}
            					set(
            						current,
            						"fps",
            						lv_fps_3_0,
            						"dev.longtake.dsl.Shots.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,29,FOLLOW_2); 

            			newLeafNode(otherlv_4, grammarAccess.getVideoFormatAccess().getFpsKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVideoFormat"


    // $ANTLR start "entryRuleFrameSize"
    // InternalShots.g:597:1: entryRuleFrameSize returns [EObject current=null] : iv_ruleFrameSize= ruleFrameSize EOF ;
    public final EObject entryRuleFrameSize() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFrameSize = null;


        try {
            // InternalShots.g:597:50: (iv_ruleFrameSize= ruleFrameSize EOF )
            // InternalShots.g:598:2: iv_ruleFrameSize= ruleFrameSize EOF
            {
             newCompositeNode(grammarAccess.getFrameSizeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFrameSize=ruleFrameSize();

            state._fsp--;

             current =iv_ruleFrameSize; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFrameSize"


    // $ANTLR start "ruleFrameSize"
    // InternalShots.g:604:1: ruleFrameSize returns [EObject current=null] : ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) ) ;
    public final EObject ruleFrameSize() throws RecognitionException {
        EObject current = null;

        Token lv_width_0_0=null;
        Token lv_height_1_0=null;


        	enterRule();

        try {
            // InternalShots.g:610:2: ( ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) ) )
            // InternalShots.g:611:2: ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) )
            {
            // InternalShots.g:611:2: ( ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) ) )
            // InternalShots.g:612:3: ( (lv_width_0_0= RULE_WIDTH ) ) ( (lv_height_1_0= RULE_INT ) )
            {
            // InternalShots.g:612:3: ( (lv_width_0_0= RULE_WIDTH ) )
            // InternalShots.g:613:4: (lv_width_0_0= RULE_WIDTH )
            {
            // InternalShots.g:613:4: (lv_width_0_0= RULE_WIDTH )
            // InternalShots.g:614:5: lv_width_0_0= RULE_WIDTH
            {
            lv_width_0_0=(Token)match(input,RULE_WIDTH,FOLLOW_7); 

            					newLeafNode(lv_width_0_0, grammarAccess.getFrameSizeAccess().getWidthWIDTHTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFrameSizeRule());
            					}
            					setWithLastConsumed(
            						current,
            						"width",
            						lv_width_0_0,
            						"dev.longtake.dsl.Shots.WIDTH");
            				

            }


            }

            // InternalShots.g:630:3: ( (lv_height_1_0= RULE_INT ) )
            // InternalShots.g:631:4: (lv_height_1_0= RULE_INT )
            {
            // InternalShots.g:631:4: (lv_height_1_0= RULE_INT )
            // InternalShots.g:632:5: lv_height_1_0= RULE_INT
            {
            lv_height_1_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_height_1_0, grammarAccess.getFrameSizeAccess().getHeightINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFrameSizeRule());
            					}
            					setWithLastConsumed(
            						current,
            						"height",
            						lv_height_1_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFrameSize"


    // $ANTLR start "entryRuleStyle"
    // InternalShots.g:652:1: entryRuleStyle returns [EObject current=null] : iv_ruleStyle= ruleStyle EOF ;
    public final EObject entryRuleStyle() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStyle = null;


        try {
            // InternalShots.g:652:46: (iv_ruleStyle= ruleStyle EOF )
            // InternalShots.g:653:2: iv_ruleStyle= ruleStyle EOF
            {
             newCompositeNode(grammarAccess.getStyleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStyle=ruleStyle();

            state._fsp--;

             current =iv_ruleStyle; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStyle"


    // $ANTLR start "ruleStyle"
    // InternalShots.g:659:1: ruleStyle returns [EObject current=null] : (otherlv_0= 'style' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleStyle() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token lv_description_2_0=null;


        	enterRule();

        try {
            // InternalShots.g:665:2: ( (otherlv_0= 'style' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) ) )
            // InternalShots.g:666:2: (otherlv_0= 'style' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) )
            {
            // InternalShots.g:666:2: (otherlv_0= 'style' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) )
            // InternalShots.g:667:3: otherlv_0= 'style' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,30,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getStyleAccess().getStyleKeyword_0());
            		
            // InternalShots.g:671:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalShots.g:672:4: (lv_name_1_0= RULE_ID )
            {
            // InternalShots.g:672:4: (lv_name_1_0= RULE_ID )
            // InternalShots.g:673:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_name_1_0, grammarAccess.getStyleAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getStyleRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalShots.g:689:3: ( (lv_description_2_0= RULE_STRING ) )
            // InternalShots.g:690:4: (lv_description_2_0= RULE_STRING )
            {
            // InternalShots.g:690:4: (lv_description_2_0= RULE_STRING )
            // InternalShots.g:691:5: lv_description_2_0= RULE_STRING
            {
            lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_description_2_0, grammarAccess.getStyleAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getStyleRule());
            					}
            					setWithLastConsumed(
            						current,
            						"description",
            						lv_description_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStyle"


    // $ANTLR start "entryRuleCharacter"
    // InternalShots.g:711:1: entryRuleCharacter returns [EObject current=null] : iv_ruleCharacter= ruleCharacter EOF ;
    public final EObject entryRuleCharacter() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCharacter = null;


        try {
            // InternalShots.g:711:50: (iv_ruleCharacter= ruleCharacter EOF )
            // InternalShots.g:712:2: iv_ruleCharacter= ruleCharacter EOF
            {
             newCompositeNode(grammarAccess.getCharacterRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCharacter=ruleCharacter();

            state._fsp--;

             current =iv_ruleCharacter; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCharacter"


    // $ANTLR start "ruleCharacter"
    // InternalShots.g:718:1: ruleCharacter returns [EObject current=null] : (otherlv_0= 'character' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )? ) ;
    public final EObject ruleCharacter() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token lv_description_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_references_5_0=null;
        Token otherlv_6=null;


        	enterRule();

        try {
            // InternalShots.g:724:2: ( (otherlv_0= 'character' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )? ) )
            // InternalShots.g:725:2: (otherlv_0= 'character' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )? )
            {
            // InternalShots.g:725:2: (otherlv_0= 'character' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )? )
            // InternalShots.g:726:3: otherlv_0= 'character' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )?
            {
            otherlv_0=(Token)match(input,31,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getCharacterAccess().getCharacterKeyword_0());
            		
            // InternalShots.g:730:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalShots.g:731:4: (lv_name_1_0= RULE_ID )
            {
            // InternalShots.g:731:4: (lv_name_1_0= RULE_ID )
            // InternalShots.g:732:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_name_1_0, grammarAccess.getCharacterAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCharacterRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalShots.g:748:3: ( (lv_description_2_0= RULE_STRING ) )
            // InternalShots.g:749:4: (lv_description_2_0= RULE_STRING )
            {
            // InternalShots.g:749:4: (lv_description_2_0= RULE_STRING )
            // InternalShots.g:750:5: lv_description_2_0= RULE_STRING
            {
            lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

            					newLeafNode(lv_description_2_0, grammarAccess.getCharacterAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCharacterRule());
            					}
            					setWithLastConsumed(
            						current,
            						"description",
            						lv_description_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalShots.g:766:3: (otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}' )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==15) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalShots.g:767:4: otherlv_3= '{' (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )* otherlv_6= '}'
                    {
                    otherlv_3=(Token)match(input,15,FOLLOW_18); 

                    				newLeafNode(otherlv_3, grammarAccess.getCharacterAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalShots.g:771:4: (otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) ) )*
                    loop4:
                    do {
                        int alt4=2;
                        int LA4_0 = input.LA(1);

                        if ( (LA4_0==32) ) {
                            alt4=1;
                        }


                        switch (alt4) {
                    	case 1 :
                    	    // InternalShots.g:772:5: otherlv_4= 'reference' ( (lv_references_5_0= RULE_STRING ) )
                    	    {
                    	    otherlv_4=(Token)match(input,32,FOLLOW_4); 

                    	    					newLeafNode(otherlv_4, grammarAccess.getCharacterAccess().getReferenceKeyword_3_1_0());
                    	    				
                    	    // InternalShots.g:776:5: ( (lv_references_5_0= RULE_STRING ) )
                    	    // InternalShots.g:777:6: (lv_references_5_0= RULE_STRING )
                    	    {
                    	    // InternalShots.g:777:6: (lv_references_5_0= RULE_STRING )
                    	    // InternalShots.g:778:7: lv_references_5_0= RULE_STRING
                    	    {
                    	    lv_references_5_0=(Token)match(input,RULE_STRING,FOLLOW_18); 

                    	    							newLeafNode(lv_references_5_0, grammarAccess.getCharacterAccess().getReferencesSTRINGTerminalRuleCall_3_1_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getCharacterRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"references",
                    	    								lv_references_5_0,
                    	    								"org.eclipse.xtext.common.Terminals.STRING");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop4;
                        }
                    } while (true);

                    otherlv_6=(Token)match(input,27,FOLLOW_2); 

                    				newLeafNode(otherlv_6, grammarAccess.getCharacterAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCharacter"


    // $ANTLR start "entryRuleLocation"
    // InternalShots.g:804:1: entryRuleLocation returns [EObject current=null] : iv_ruleLocation= ruleLocation EOF ;
    public final EObject entryRuleLocation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleLocation = null;


        try {
            // InternalShots.g:804:49: (iv_ruleLocation= ruleLocation EOF )
            // InternalShots.g:805:2: iv_ruleLocation= ruleLocation EOF
            {
             newCompositeNode(grammarAccess.getLocationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleLocation=ruleLocation();

            state._fsp--;

             current =iv_ruleLocation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleLocation"


    // $ANTLR start "ruleLocation"
    // InternalShots.g:811:1: ruleLocation returns [EObject current=null] : (otherlv_0= 'location' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleLocation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token lv_description_2_0=null;


        	enterRule();

        try {
            // InternalShots.g:817:2: ( (otherlv_0= 'location' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) ) )
            // InternalShots.g:818:2: (otherlv_0= 'location' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) )
            {
            // InternalShots.g:818:2: (otherlv_0= 'location' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) ) )
            // InternalShots.g:819:3: otherlv_0= 'location' ( (lv_name_1_0= RULE_ID ) ) ( (lv_description_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,33,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getLocationAccess().getLocationKeyword_0());
            		
            // InternalShots.g:823:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalShots.g:824:4: (lv_name_1_0= RULE_ID )
            {
            // InternalShots.g:824:4: (lv_name_1_0= RULE_ID )
            // InternalShots.g:825:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_name_1_0, grammarAccess.getLocationAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLocationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalShots.g:841:3: ( (lv_description_2_0= RULE_STRING ) )
            // InternalShots.g:842:4: (lv_description_2_0= RULE_STRING )
            {
            // InternalShots.g:842:4: (lv_description_2_0= RULE_STRING )
            // InternalShots.g:843:5: lv_description_2_0= RULE_STRING
            {
            lv_description_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_description_2_0, grammarAccess.getLocationAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLocationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"description",
            						lv_description_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLocation"


    // $ANTLR start "entryRuleSequence"
    // InternalShots.g:863:1: entryRuleSequence returns [EObject current=null] : iv_ruleSequence= ruleSequence EOF ;
    public final EObject entryRuleSequence() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSequence = null;


        try {
            // InternalShots.g:863:49: (iv_ruleSequence= ruleSequence EOF )
            // InternalShots.g:864:2: iv_ruleSequence= ruleSequence EOF
            {
             newCompositeNode(grammarAccess.getSequenceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSequence=ruleSequence();

            state._fsp--;

             current =iv_ruleSequence; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSequence"


    // $ANTLR start "ruleSequence"
    // InternalShots.g:870:1: ruleSequence returns [EObject current=null] : (otherlv_0= 'sequence' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )? otherlv_4= '{' ( (lv_shots_5_0= ruleShot ) )* ( (lv_transition_6_0= ruleTransition ) )? otherlv_7= '}' ) ;
    public final EObject ruleSequence() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_7=null;
        EObject lv_position_3_0 = null;

        EObject lv_shots_5_0 = null;

        EObject lv_transition_6_0 = null;



        	enterRule();

        try {
            // InternalShots.g:876:2: ( (otherlv_0= 'sequence' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )? otherlv_4= '{' ( (lv_shots_5_0= ruleShot ) )* ( (lv_transition_6_0= ruleTransition ) )? otherlv_7= '}' ) )
            // InternalShots.g:877:2: (otherlv_0= 'sequence' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )? otherlv_4= '{' ( (lv_shots_5_0= ruleShot ) )* ( (lv_transition_6_0= ruleTransition ) )? otherlv_7= '}' )
            {
            // InternalShots.g:877:2: (otherlv_0= 'sequence' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )? otherlv_4= '{' ( (lv_shots_5_0= ruleShot ) )* ( (lv_transition_6_0= ruleTransition ) )? otherlv_7= '}' )
            // InternalShots.g:878:3: otherlv_0= 'sequence' ( (lv_name_1_0= RULE_ID ) ) (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )? otherlv_4= '{' ( (lv_shots_5_0= ruleShot ) )* ( (lv_transition_6_0= ruleTransition ) )? otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,34,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getSequenceAccess().getSequenceKeyword_0());
            		
            // InternalShots.g:882:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalShots.g:883:4: (lv_name_1_0= RULE_ID )
            {
            // InternalShots.g:883:4: (lv_name_1_0= RULE_ID )
            // InternalShots.g:884:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_19); 

            					newLeafNode(lv_name_1_0, grammarAccess.getSequenceAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSequenceRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalShots.g:900:3: (otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==28) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalShots.g:901:4: otherlv_2= 'at' ( (lv_position_3_0= ruleSongPosition ) )
                    {
                    otherlv_2=(Token)match(input,28,FOLLOW_20); 

                    				newLeafNode(otherlv_2, grammarAccess.getSequenceAccess().getAtKeyword_2_0());
                    			
                    // InternalShots.g:905:4: ( (lv_position_3_0= ruleSongPosition ) )
                    // InternalShots.g:906:5: (lv_position_3_0= ruleSongPosition )
                    {
                    // InternalShots.g:906:5: (lv_position_3_0= ruleSongPosition )
                    // InternalShots.g:907:6: lv_position_3_0= ruleSongPosition
                    {

                    						newCompositeNode(grammarAccess.getSequenceAccess().getPositionSongPositionParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_5);
                    lv_position_3_0=ruleSongPosition();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSequenceRule());
                    						}
                    						set(
                    							current,
                    							"position",
                    							lv_position_3_0,
                    							"dev.longtake.dsl.Shots.SongPosition");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,15,FOLLOW_21); 

            			newLeafNode(otherlv_4, grammarAccess.getSequenceAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalShots.g:929:3: ( (lv_shots_5_0= ruleShot ) )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( (LA7_0==37) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalShots.g:930:4: (lv_shots_5_0= ruleShot )
            	    {
            	    // InternalShots.g:930:4: (lv_shots_5_0= ruleShot )
            	    // InternalShots.g:931:5: lv_shots_5_0= ruleShot
            	    {

            	    					newCompositeNode(grammarAccess.getSequenceAccess().getShotsShotParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_21);
            	    lv_shots_5_0=ruleShot();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getSequenceRule());
            	    					}
            	    					add(
            	    						current,
            	    						"shots",
            	    						lv_shots_5_0,
            	    						"dev.longtake.dsl.Shots.Shot");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            // InternalShots.g:948:3: ( (lv_transition_6_0= ruleTransition ) )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==36) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalShots.g:949:4: (lv_transition_6_0= ruleTransition )
                    {
                    // InternalShots.g:949:4: (lv_transition_6_0= ruleTransition )
                    // InternalShots.g:950:5: lv_transition_6_0= ruleTransition
                    {

                    					newCompositeNode(grammarAccess.getSequenceAccess().getTransitionTransitionParserRuleCall_5_0());
                    				
                    pushFollow(FOLLOW_22);
                    lv_transition_6_0=ruleTransition();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getSequenceRule());
                    					}
                    					set(
                    						current,
                    						"transition",
                    						lv_transition_6_0,
                    						"dev.longtake.dsl.Shots.Transition");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            otherlv_7=(Token)match(input,27,FOLLOW_2); 

            			newLeafNode(otherlv_7, grammarAccess.getSequenceAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSequence"


    // $ANTLR start "entryRuleSongPosition"
    // InternalShots.g:975:1: entryRuleSongPosition returns [EObject current=null] : iv_ruleSongPosition= ruleSongPosition EOF ;
    public final EObject entryRuleSongPosition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSongPosition = null;


        try {
            // InternalShots.g:975:53: (iv_ruleSongPosition= ruleSongPosition EOF )
            // InternalShots.g:976:2: iv_ruleSongPosition= ruleSongPosition EOF
            {
             newCompositeNode(grammarAccess.getSongPositionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSongPosition=ruleSongPosition();

            state._fsp--;

             current =iv_ruleSongPosition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSongPosition"


    // $ANTLR start "ruleSongPosition"
    // InternalShots.g:982:1: ruleSongPosition returns [EObject current=null] : (this_TimePosition_0= ruleTimePosition | this_BarPosition_1= ruleBarPosition ) ;
    public final EObject ruleSongPosition() throws RecognitionException {
        EObject current = null;

        EObject this_TimePosition_0 = null;

        EObject this_BarPosition_1 = null;



        	enterRule();

        try {
            // InternalShots.g:988:2: ( (this_TimePosition_0= ruleTimePosition | this_BarPosition_1= ruleBarPosition ) )
            // InternalShots.g:989:2: (this_TimePosition_0= ruleTimePosition | this_BarPosition_1= ruleBarPosition )
            {
            // InternalShots.g:989:2: (this_TimePosition_0= ruleTimePosition | this_BarPosition_1= ruleBarPosition )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==RULE_INT||LA9_0==RULE_WHOLE_SECONDS) ) {
                alt9=1;
            }
            else if ( (LA9_0==22) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalShots.g:990:3: this_TimePosition_0= ruleTimePosition
                    {

                    			newCompositeNode(grammarAccess.getSongPositionAccess().getTimePositionParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_TimePosition_0=ruleTimePosition();

                    state._fsp--;


                    			current = this_TimePosition_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalShots.g:999:3: this_BarPosition_1= ruleBarPosition
                    {

                    			newCompositeNode(grammarAccess.getSongPositionAccess().getBarPositionParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_BarPosition_1=ruleBarPosition();

                    state._fsp--;


                    			current = this_BarPosition_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSongPosition"


    // $ANTLR start "entryRuleTimePosition"
    // InternalShots.g:1011:1: entryRuleTimePosition returns [EObject current=null] : iv_ruleTimePosition= ruleTimePosition EOF ;
    public final EObject entryRuleTimePosition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTimePosition = null;


        try {
            // InternalShots.g:1011:53: (iv_ruleTimePosition= ruleTimePosition EOF )
            // InternalShots.g:1012:2: iv_ruleTimePosition= ruleTimePosition EOF
            {
             newCompositeNode(grammarAccess.getTimePositionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTimePosition=ruleTimePosition();

            state._fsp--;

             current =iv_ruleTimePosition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTimePosition"


    // $ANTLR start "ruleTimePosition"
    // InternalShots.g:1018:1: ruleTimePosition returns [EObject current=null] : ( (lv_seconds_0_0= ruleSongTime ) ) ;
    public final EObject ruleTimePosition() throws RecognitionException {
        EObject current = null;

        AntlrDatatypeRuleToken lv_seconds_0_0 = null;



        	enterRule();

        try {
            // InternalShots.g:1024:2: ( ( (lv_seconds_0_0= ruleSongTime ) ) )
            // InternalShots.g:1025:2: ( (lv_seconds_0_0= ruleSongTime ) )
            {
            // InternalShots.g:1025:2: ( (lv_seconds_0_0= ruleSongTime ) )
            // InternalShots.g:1026:3: (lv_seconds_0_0= ruleSongTime )
            {
            // InternalShots.g:1026:3: (lv_seconds_0_0= ruleSongTime )
            // InternalShots.g:1027:4: lv_seconds_0_0= ruleSongTime
            {

            				newCompositeNode(grammarAccess.getTimePositionAccess().getSecondsSongTimeParserRuleCall_0());
            			
            pushFollow(FOLLOW_2);
            lv_seconds_0_0=ruleSongTime();

            state._fsp--;


            				if (current==null) {
            					current = createModelElementForParent(grammarAccess.getTimePositionRule());
            				}
            				set(
            					current,
            					"seconds",
            					lv_seconds_0_0,
            					"dev.longtake.dsl.Shots.SongTime");
            				afterParserOrEnumRuleCall();
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTimePosition"


    // $ANTLR start "entryRuleBarPosition"
    // InternalShots.g:1047:1: entryRuleBarPosition returns [EObject current=null] : iv_ruleBarPosition= ruleBarPosition EOF ;
    public final EObject entryRuleBarPosition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBarPosition = null;


        try {
            // InternalShots.g:1047:52: (iv_ruleBarPosition= ruleBarPosition EOF )
            // InternalShots.g:1048:2: iv_ruleBarPosition= ruleBarPosition EOF
            {
             newCompositeNode(grammarAccess.getBarPositionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBarPosition=ruleBarPosition();

            state._fsp--;

             current =iv_ruleBarPosition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBarPosition"


    // $ANTLR start "ruleBarPosition"
    // InternalShots.g:1054:1: ruleBarPosition returns [EObject current=null] : (otherlv_0= 'bar' ( (lv_bar_1_0= RULE_INT ) ) (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )? ) ;
    public final EObject ruleBarPosition() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_bar_1_0=null;
        Token otherlv_2=null;
        Token lv_beat_3_0=null;


        	enterRule();

        try {
            // InternalShots.g:1060:2: ( (otherlv_0= 'bar' ( (lv_bar_1_0= RULE_INT ) ) (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )? ) )
            // InternalShots.g:1061:2: (otherlv_0= 'bar' ( (lv_bar_1_0= RULE_INT ) ) (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )? )
            {
            // InternalShots.g:1061:2: (otherlv_0= 'bar' ( (lv_bar_1_0= RULE_INT ) ) (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )? )
            // InternalShots.g:1062:3: otherlv_0= 'bar' ( (lv_bar_1_0= RULE_INT ) ) (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )?
            {
            otherlv_0=(Token)match(input,22,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getBarPositionAccess().getBarKeyword_0());
            		
            // InternalShots.g:1066:3: ( (lv_bar_1_0= RULE_INT ) )
            // InternalShots.g:1067:4: (lv_bar_1_0= RULE_INT )
            {
            // InternalShots.g:1067:4: (lv_bar_1_0= RULE_INT )
            // InternalShots.g:1068:5: lv_bar_1_0= RULE_INT
            {
            lv_bar_1_0=(Token)match(input,RULE_INT,FOLLOW_23); 

            					newLeafNode(lv_bar_1_0, grammarAccess.getBarPositionAccess().getBarINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBarPositionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"bar",
            						lv_bar_1_0,
            						"org.eclipse.xtext.common.Terminals.INT");
            				

            }


            }

            // InternalShots.g:1084:3: (otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) ) )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==35) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalShots.g:1085:4: otherlv_2= '.' ( (lv_beat_3_0= RULE_INT ) )
                    {
                    otherlv_2=(Token)match(input,35,FOLLOW_7); 

                    				newLeafNode(otherlv_2, grammarAccess.getBarPositionAccess().getFullStopKeyword_2_0());
                    			
                    // InternalShots.g:1089:4: ( (lv_beat_3_0= RULE_INT ) )
                    // InternalShots.g:1090:5: (lv_beat_3_0= RULE_INT )
                    {
                    // InternalShots.g:1090:5: (lv_beat_3_0= RULE_INT )
                    // InternalShots.g:1091:6: lv_beat_3_0= RULE_INT
                    {
                    lv_beat_3_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    						newLeafNode(lv_beat_3_0, grammarAccess.getBarPositionAccess().getBeatINTTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBarPositionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"beat",
                    							lv_beat_3_0,
                    							"org.eclipse.xtext.common.Terminals.INT");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBarPosition"


    // $ANTLR start "entryRuleTransition"
    // InternalShots.g:1112:1: entryRuleTransition returns [EObject current=null] : iv_ruleTransition= ruleTransition EOF ;
    public final EObject entryRuleTransition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTransition = null;


        try {
            // InternalShots.g:1112:51: (iv_ruleTransition= ruleTransition EOF )
            // InternalShots.g:1113:2: iv_ruleTransition= ruleTransition EOF
            {
             newCompositeNode(grammarAccess.getTransitionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTransition=ruleTransition();

            state._fsp--;

             current =iv_ruleTransition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTransition"


    // $ANTLR start "ruleTransition"
    // InternalShots.g:1119:1: ruleTransition returns [EObject current=null] : (otherlv_0= 'transition' ( (lv_kind_1_0= ruleTransitionKind ) ) ( (lv_duration_2_0= ruleSeconds ) )? ) ;
    public final EObject ruleTransition() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Enumerator lv_kind_1_0 = null;

        AntlrDatatypeRuleToken lv_duration_2_0 = null;



        	enterRule();

        try {
            // InternalShots.g:1125:2: ( (otherlv_0= 'transition' ( (lv_kind_1_0= ruleTransitionKind ) ) ( (lv_duration_2_0= ruleSeconds ) )? ) )
            // InternalShots.g:1126:2: (otherlv_0= 'transition' ( (lv_kind_1_0= ruleTransitionKind ) ) ( (lv_duration_2_0= ruleSeconds ) )? )
            {
            // InternalShots.g:1126:2: (otherlv_0= 'transition' ( (lv_kind_1_0= ruleTransitionKind ) ) ( (lv_duration_2_0= ruleSeconds ) )? )
            // InternalShots.g:1127:3: otherlv_0= 'transition' ( (lv_kind_1_0= ruleTransitionKind ) ) ( (lv_duration_2_0= ruleSeconds ) )?
            {
            otherlv_0=(Token)match(input,36,FOLLOW_24); 

            			newLeafNode(otherlv_0, grammarAccess.getTransitionAccess().getTransitionKeyword_0());
            		
            // InternalShots.g:1131:3: ( (lv_kind_1_0= ruleTransitionKind ) )
            // InternalShots.g:1132:4: (lv_kind_1_0= ruleTransitionKind )
            {
            // InternalShots.g:1132:4: (lv_kind_1_0= ruleTransitionKind )
            // InternalShots.g:1133:5: lv_kind_1_0= ruleTransitionKind
            {

            					newCompositeNode(grammarAccess.getTransitionAccess().getKindTransitionKindEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_25);
            lv_kind_1_0=ruleTransitionKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTransitionRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_1_0,
            						"dev.longtake.dsl.Shots.TransitionKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalShots.g:1150:3: ( (lv_duration_2_0= ruleSeconds ) )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_INT||LA11_0==RULE_WHOLE_SECONDS) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalShots.g:1151:4: (lv_duration_2_0= ruleSeconds )
                    {
                    // InternalShots.g:1151:4: (lv_duration_2_0= ruleSeconds )
                    // InternalShots.g:1152:5: lv_duration_2_0= ruleSeconds
                    {

                    					newCompositeNode(grammarAccess.getTransitionAccess().getDurationSecondsParserRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_duration_2_0=ruleSeconds();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getTransitionRule());
                    					}
                    					set(
                    						current,
                    						"duration",
                    						lv_duration_2_0,
                    						"dev.longtake.dsl.Shots.Seconds");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTransition"


    // $ANTLR start "entryRuleShot"
    // InternalShots.g:1173:1: entryRuleShot returns [EObject current=null] : iv_ruleShot= ruleShot EOF ;
    public final EObject entryRuleShot() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleShot = null;


        try {
            // InternalShots.g:1173:45: (iv_ruleShot= ruleShot EOF )
            // InternalShots.g:1174:2: iv_ruleShot= ruleShot EOF
            {
             newCompositeNode(grammarAccess.getShotRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleShot=ruleShot();

            state._fsp--;

             current =iv_ruleShot; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleShot"


    // $ANTLR start "ruleShot"
    // InternalShots.g:1180:1: ruleShot returns [EObject current=null] : (otherlv_0= 'shot' ( (lv_name_1_0= RULE_ID ) ) ( (lv_duration_2_0= ruleSeconds ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_beats_20_0= ruleBeat ) )* otherlv_21= '}' ) ;
    public final EObject ruleShot() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_takesWanted_7_0=null;
        Token otherlv_8=null;
        Token lv_backend_9_0=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token lv_camera_16_0=null;
        Token otherlv_17=null;
        Token otherlv_18=null;
        Token lv_imageInput_19_0=null;
        Token otherlv_21=null;
        AntlrDatatypeRuleToken lv_duration_2_0 = null;

        AntlrDatatypeRuleToken lv_seed_11_0 = null;

        EObject lv_beats_20_0 = null;



        	enterRule();

        try {
            // InternalShots.g:1186:2: ( (otherlv_0= 'shot' ( (lv_name_1_0= RULE_ID ) ) ( (lv_duration_2_0= ruleSeconds ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_beats_20_0= ruleBeat ) )* otherlv_21= '}' ) )
            // InternalShots.g:1187:2: (otherlv_0= 'shot' ( (lv_name_1_0= RULE_ID ) ) ( (lv_duration_2_0= ruleSeconds ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_beats_20_0= ruleBeat ) )* otherlv_21= '}' )
            {
            // InternalShots.g:1187:2: (otherlv_0= 'shot' ( (lv_name_1_0= RULE_ID ) ) ( (lv_duration_2_0= ruleSeconds ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_beats_20_0= ruleBeat ) )* otherlv_21= '}' )
            // InternalShots.g:1188:3: otherlv_0= 'shot' ( (lv_name_1_0= RULE_ID ) ) ( (lv_duration_2_0= ruleSeconds ) ) ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) ) otherlv_14= '{' ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_beats_20_0= ruleBeat ) )* otherlv_21= '}'
            {
            otherlv_0=(Token)match(input,37,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getShotAccess().getShotKeyword_0());
            		
            // InternalShots.g:1192:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalShots.g:1193:4: (lv_name_1_0= RULE_ID )
            {
            // InternalShots.g:1193:4: (lv_name_1_0= RULE_ID )
            // InternalShots.g:1194:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_26); 

            					newLeafNode(lv_name_1_0, grammarAccess.getShotAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getShotRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalShots.g:1210:3: ( (lv_duration_2_0= ruleSeconds ) )
            // InternalShots.g:1211:4: (lv_duration_2_0= ruleSeconds )
            {
            // InternalShots.g:1211:4: (lv_duration_2_0= ruleSeconds )
            // InternalShots.g:1212:5: lv_duration_2_0= ruleSeconds
            {

            					newCompositeNode(grammarAccess.getShotAccess().getDurationSecondsParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_27);
            lv_duration_2_0=ruleSeconds();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getShotRule());
            					}
            					set(
            						current,
            						"duration",
            						lv_duration_2_0,
            						"dev.longtake.dsl.Shots.Seconds");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalShots.g:1229:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) ) )
            // InternalShots.g:1230:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) )
            {
            // InternalShots.g:1230:4: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* ) )
            // InternalShots.g:1231:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getShotAccess().getUnorderedGroup_3());
            				
            // InternalShots.g:1234:5: ( ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )* )
            // InternalShots.g:1235:6: ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )*
            {
            // InternalShots.g:1235:6: ( ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) ) )*
            loop12:
            do {
                int alt12=6;
                int LA12_0 = input.LA(1);

                if ( LA12_0 == 30 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
                    alt12=1;
                }
                else if ( LA12_0 == 38 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
                    alt12=2;
                }
                else if ( LA12_0 == 25 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
                    alt12=3;
                }
                else if ( LA12_0 == 39 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
                    alt12=4;
                }
                else if ( LA12_0 == 40 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
                    alt12=5;
                }


                switch (alt12) {
            	case 1 :
            	    // InternalShots.g:1236:4: ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1236:4: ({...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) ) )
            	    // InternalShots.g:1237:5: {...}? => ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0)");
            	    }
            	    // InternalShots.g:1237:101: ( ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) ) )
            	    // InternalShots.g:1238:6: ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 0);
            	    					
            	    // InternalShots.g:1241:9: ({...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) ) )
            	    // InternalShots.g:1241:10: {...}? => (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1241:19: (otherlv_4= 'style' ( (otherlv_5= RULE_ID ) ) )
            	    // InternalShots.g:1241:20: otherlv_4= 'style' ( (otherlv_5= RULE_ID ) )
            	    {
            	    otherlv_4=(Token)match(input,30,FOLLOW_14); 

            	    									newLeafNode(otherlv_4, grammarAccess.getShotAccess().getStyleKeyword_3_0_0());
            	    								
            	    // InternalShots.g:1245:9: ( (otherlv_5= RULE_ID ) )
            	    // InternalShots.g:1246:10: (otherlv_5= RULE_ID )
            	    {
            	    // InternalShots.g:1246:10: (otherlv_5= RULE_ID )
            	    // InternalShots.g:1247:11: otherlv_5= RULE_ID
            	    {

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getShotRule());
            	    											}
            	    										
            	    otherlv_5=(Token)match(input,RULE_ID,FOLLOW_27); 

            	    											newLeafNode(otherlv_5, grammarAccess.getShotAccess().getStyleStyleCrossReference_3_0_1_0());
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalShots.g:1264:4: ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1264:4: ({...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) ) )
            	    // InternalShots.g:1265:5: {...}? => ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1)");
            	    }
            	    // InternalShots.g:1265:101: ( ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) ) )
            	    // InternalShots.g:1266:6: ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 1);
            	    					
            	    // InternalShots.g:1269:9: ({...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) ) )
            	    // InternalShots.g:1269:10: {...}? => (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1269:19: (otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) ) )
            	    // InternalShots.g:1269:20: otherlv_6= 'takes' ( (lv_takesWanted_7_0= RULE_INT ) )
            	    {
            	    otherlv_6=(Token)match(input,38,FOLLOW_7); 

            	    									newLeafNode(otherlv_6, grammarAccess.getShotAccess().getTakesKeyword_3_1_0());
            	    								
            	    // InternalShots.g:1273:9: ( (lv_takesWanted_7_0= RULE_INT ) )
            	    // InternalShots.g:1274:10: (lv_takesWanted_7_0= RULE_INT )
            	    {
            	    // InternalShots.g:1274:10: (lv_takesWanted_7_0= RULE_INT )
            	    // InternalShots.g:1275:11: lv_takesWanted_7_0= RULE_INT
            	    {
            	    lv_takesWanted_7_0=(Token)match(input,RULE_INT,FOLLOW_27); 

            	    											newLeafNode(lv_takesWanted_7_0, grammarAccess.getShotAccess().getTakesWantedINTTerminalRuleCall_3_1_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getShotRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"takesWanted",
            	    												lv_takesWanted_7_0,
            	    												"org.eclipse.xtext.common.Terminals.INT");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalShots.g:1297:4: ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1297:4: ({...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) ) )
            	    // InternalShots.g:1298:5: {...}? => ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2)");
            	    }
            	    // InternalShots.g:1298:101: ( ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) ) )
            	    // InternalShots.g:1299:6: ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 2);
            	    					
            	    // InternalShots.g:1302:9: ({...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) ) )
            	    // InternalShots.g:1302:10: {...}? => (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1302:19: (otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) ) )
            	    // InternalShots.g:1302:20: otherlv_8= 'backend' ( (lv_backend_9_0= RULE_ID ) )
            	    {
            	    otherlv_8=(Token)match(input,25,FOLLOW_14); 

            	    									newLeafNode(otherlv_8, grammarAccess.getShotAccess().getBackendKeyword_3_2_0());
            	    								
            	    // InternalShots.g:1306:9: ( (lv_backend_9_0= RULE_ID ) )
            	    // InternalShots.g:1307:10: (lv_backend_9_0= RULE_ID )
            	    {
            	    // InternalShots.g:1307:10: (lv_backend_9_0= RULE_ID )
            	    // InternalShots.g:1308:11: lv_backend_9_0= RULE_ID
            	    {
            	    lv_backend_9_0=(Token)match(input,RULE_ID,FOLLOW_27); 

            	    											newLeafNode(lv_backend_9_0, grammarAccess.getShotAccess().getBackendIDTerminalRuleCall_3_2_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getShotRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"backend",
            	    												lv_backend_9_0,
            	    												"org.eclipse.xtext.common.Terminals.ID");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalShots.g:1330:4: ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1330:4: ({...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) ) )
            	    // InternalShots.g:1331:5: {...}? => ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3)");
            	    }
            	    // InternalShots.g:1331:101: ( ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) ) )
            	    // InternalShots.g:1332:6: ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 3);
            	    					
            	    // InternalShots.g:1335:9: ({...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) ) )
            	    // InternalShots.g:1335:10: {...}? => (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1335:19: (otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) ) )
            	    // InternalShots.g:1335:20: otherlv_10= 'seed' ( (lv_seed_11_0= ruleSeed ) )
            	    {
            	    otherlv_10=(Token)match(input,39,FOLLOW_7); 

            	    									newLeafNode(otherlv_10, grammarAccess.getShotAccess().getSeedKeyword_3_3_0());
            	    								
            	    // InternalShots.g:1339:9: ( (lv_seed_11_0= ruleSeed ) )
            	    // InternalShots.g:1340:10: (lv_seed_11_0= ruleSeed )
            	    {
            	    // InternalShots.g:1340:10: (lv_seed_11_0= ruleSeed )
            	    // InternalShots.g:1341:11: lv_seed_11_0= ruleSeed
            	    {

            	    											newCompositeNode(grammarAccess.getShotAccess().getSeedSeedParserRuleCall_3_3_1_0());
            	    										
            	    pushFollow(FOLLOW_27);
            	    lv_seed_11_0=ruleSeed();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getShotRule());
            	    											}
            	    											set(
            	    												current,
            	    												"seed",
            	    												lv_seed_11_0,
            	    												"dev.longtake.dsl.Shots.Seed");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalShots.g:1364:4: ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1364:4: ({...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) ) )
            	    // InternalShots.g:1365:5: {...}? => ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4)");
            	    }
            	    // InternalShots.g:1365:101: ( ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) ) )
            	    // InternalShots.g:1366:6: ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_3(), 4);
            	    					
            	    // InternalShots.g:1369:9: ({...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) ) )
            	    // InternalShots.g:1369:10: {...}? => (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1369:19: (otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) ) )
            	    // InternalShots.g:1369:20: otherlv_12= 'continues' ( (otherlv_13= RULE_ID ) )
            	    {
            	    otherlv_12=(Token)match(input,40,FOLLOW_14); 

            	    									newLeafNode(otherlv_12, grammarAccess.getShotAccess().getContinuesKeyword_3_4_0());
            	    								
            	    // InternalShots.g:1373:9: ( (otherlv_13= RULE_ID ) )
            	    // InternalShots.g:1374:10: (otherlv_13= RULE_ID )
            	    {
            	    // InternalShots.g:1374:10: (otherlv_13= RULE_ID )
            	    // InternalShots.g:1375:11: otherlv_13= RULE_ID
            	    {

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getShotRule());
            	    											}
            	    										
            	    otherlv_13=(Token)match(input,RULE_ID,FOLLOW_27); 

            	    											newLeafNode(otherlv_13, grammarAccess.getShotAccess().getContinuesShotCrossReference_3_4_1_0());
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_3());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getShotAccess().getUnorderedGroup_3());
            				

            }

            otherlv_14=(Token)match(input,15,FOLLOW_28); 

            			newLeafNode(otherlv_14, grammarAccess.getShotAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalShots.g:1403:3: ( ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalShots.g:1404:4: ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalShots.g:1404:4: ( ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalShots.g:1405:5: ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getShotAccess().getUnorderedGroup_5());
            				
            // InternalShots.g:1408:5: ( ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalShots.g:1409:6: ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalShots.g:1409:6: ( ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) ) )*
            loop13:
            do {
                int alt13=3;
                int LA13_0 = input.LA(1);

                if ( LA13_0 == RULE_CAMERA_MOVE && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
                    alt13=1;
                }
                else if ( LA13_0 == 41 && getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
                    alt13=2;
                }


                switch (alt13) {
            	case 1 :
            	    // InternalShots.g:1410:4: ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) )
            	    {
            	    // InternalShots.g:1410:4: ({...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) ) )
            	    // InternalShots.g:1411:5: {...}? => ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0)");
            	    }
            	    // InternalShots.g:1411:101: ( ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) ) )
            	    // InternalShots.g:1412:6: ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_5(), 0);
            	    					
            	    // InternalShots.g:1415:9: ({...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) ) )
            	    // InternalShots.g:1415:10: {...}? => ( (lv_camera_16_0= RULE_CAMERA_MOVE ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1415:19: ( (lv_camera_16_0= RULE_CAMERA_MOVE ) )
            	    // InternalShots.g:1415:20: (lv_camera_16_0= RULE_CAMERA_MOVE )
            	    {
            	    // InternalShots.g:1415:20: (lv_camera_16_0= RULE_CAMERA_MOVE )
            	    // InternalShots.g:1416:10: lv_camera_16_0= RULE_CAMERA_MOVE
            	    {
            	    lv_camera_16_0=(Token)match(input,RULE_CAMERA_MOVE,FOLLOW_28); 

            	    										newLeafNode(lv_camera_16_0, grammarAccess.getShotAccess().getCameraCAMERA_MOVETerminalRuleCall_5_0_0());
            	    									

            	    										if (current==null) {
            	    											current = createModelElement(grammarAccess.getShotRule());
            	    										}
            	    										setWithLastConsumed(
            	    											current,
            	    											"camera",
            	    											lv_camera_16_0,
            	    											"dev.longtake.dsl.Shots.CAMERA_MOVE");
            	    									

            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_5());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalShots.g:1437:4: ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalShots.g:1437:4: ({...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) ) )
            	    // InternalShots.g:1438:5: {...}? => ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "getUnorderedGroupHelper().canSelect(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1)");
            	    }
            	    // InternalShots.g:1438:101: ( ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) ) )
            	    // InternalShots.g:1439:6: ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getShotAccess().getUnorderedGroup_5(), 1);
            	    					
            	    // InternalShots.g:1442:9: ({...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) ) )
            	    // InternalShots.g:1442:10: {...}? => (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleShot", "true");
            	    }
            	    // InternalShots.g:1442:19: (otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) ) )
            	    // InternalShots.g:1442:20: otherlv_17= 'from' otherlv_18= 'image' ( (lv_imageInput_19_0= RULE_STRING ) )
            	    {
            	    otherlv_17=(Token)match(input,41,FOLLOW_29); 

            	    									newLeafNode(otherlv_17, grammarAccess.getShotAccess().getFromKeyword_5_1_0());
            	    								
            	    otherlv_18=(Token)match(input,42,FOLLOW_4); 

            	    									newLeafNode(otherlv_18, grammarAccess.getShotAccess().getImageKeyword_5_1_1());
            	    								
            	    // InternalShots.g:1450:9: ( (lv_imageInput_19_0= RULE_STRING ) )
            	    // InternalShots.g:1451:10: (lv_imageInput_19_0= RULE_STRING )
            	    {
            	    // InternalShots.g:1451:10: (lv_imageInput_19_0= RULE_STRING )
            	    // InternalShots.g:1452:11: lv_imageInput_19_0= RULE_STRING
            	    {
            	    lv_imageInput_19_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

            	    											newLeafNode(lv_imageInput_19_0, grammarAccess.getShotAccess().getImageInputSTRINGTerminalRuleCall_5_1_2_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getShotRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"imageInput",
            	    												lv_imageInput_19_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getShotAccess().getUnorderedGroup_5());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop13;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getShotAccess().getUnorderedGroup_5());
            				

            }

            // InternalShots.g:1481:3: ( (lv_beats_20_0= ruleBeat ) )*
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( ((LA14_0>=RULE_STRING && LA14_0<=RULE_INT)||LA14_0==RULE_WHOLE_SECONDS||LA14_0==44||(LA14_0>=49 && LA14_0<=52)) ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalShots.g:1482:4: (lv_beats_20_0= ruleBeat )
            	    {
            	    // InternalShots.g:1482:4: (lv_beats_20_0= ruleBeat )
            	    // InternalShots.g:1483:5: lv_beats_20_0= ruleBeat
            	    {

            	    					newCompositeNode(grammarAccess.getShotAccess().getBeatsBeatParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_30);
            	    lv_beats_20_0=ruleBeat();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getShotRule());
            	    					}
            	    					add(
            	    						current,
            	    						"beats",
            	    						lv_beats_20_0,
            	    						"dev.longtake.dsl.Shots.Beat");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop14;
                }
            } while (true);

            otherlv_21=(Token)match(input,27,FOLLOW_2); 

            			newLeafNode(otherlv_21, grammarAccess.getShotAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleShot"


    // $ANTLR start "entryRuleBeat"
    // InternalShots.g:1508:1: entryRuleBeat returns [EObject current=null] : iv_ruleBeat= ruleBeat EOF ;
    public final EObject entryRuleBeat() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBeat = null;


        try {
            // InternalShots.g:1508:45: (iv_ruleBeat= ruleBeat EOF )
            // InternalShots.g:1509:2: iv_ruleBeat= ruleBeat EOF
            {
             newCompositeNode(grammarAccess.getBeatRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBeat=ruleBeat();

            state._fsp--;

             current =iv_ruleBeat; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBeat"


    // $ANTLR start "ruleBeat"
    // InternalShots.g:1515:1: ruleBeat returns [EObject current=null] : ( ( (lv_time_0_0= ruleSeconds ) )? ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )? ( (lv_action_14_0= RULE_STRING ) ) ) ;
    public final EObject ruleBeat() throws RecognitionException {
        EObject current = null;

        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token otherlv_10=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token lv_action_14_0=null;
        AntlrDatatypeRuleToken lv_time_0_0 = null;

        Enumerator lv_approach_1_0 = null;

        Enumerator lv_approach_2_0 = null;



        	enterRule();

        try {
            // InternalShots.g:1521:2: ( ( ( (lv_time_0_0= ruleSeconds ) )? ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )? ( (lv_action_14_0= RULE_STRING ) ) ) )
            // InternalShots.g:1522:2: ( ( (lv_time_0_0= ruleSeconds ) )? ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )? ( (lv_action_14_0= RULE_STRING ) ) )
            {
            // InternalShots.g:1522:2: ( ( (lv_time_0_0= ruleSeconds ) )? ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )? ( (lv_action_14_0= RULE_STRING ) ) )
            // InternalShots.g:1523:3: ( (lv_time_0_0= ruleSeconds ) )? ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )? ( (lv_action_14_0= RULE_STRING ) )
            {
            // InternalShots.g:1523:3: ( (lv_time_0_0= ruleSeconds ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_INT||LA15_0==RULE_WHOLE_SECONDS) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalShots.g:1524:4: (lv_time_0_0= ruleSeconds )
                    {
                    // InternalShots.g:1524:4: (lv_time_0_0= ruleSeconds )
                    // InternalShots.g:1525:5: lv_time_0_0= ruleSeconds
                    {

                    					newCompositeNode(grammarAccess.getBeatAccess().getTimeSecondsParserRuleCall_0_0());
                    				
                    pushFollow(FOLLOW_31);
                    lv_time_0_0=ruleSeconds();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getBeatRule());
                    					}
                    					set(
                    						current,
                    						"time",
                    						lv_time_0_0,
                    						"dev.longtake.dsl.Shots.Seconds");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalShots.g:1542:3: ( ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':' )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==44||(LA21_0>=49 && LA21_0<=52)) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalShots.g:1543:4: ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) ) otherlv_13= ':'
                    {
                    // InternalShots.g:1543:4: ( ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? ) | (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* ) )
                    int alt20=2;
                    int LA20_0 = input.LA(1);

                    if ( ((LA20_0>=49 && LA20_0<=52)) ) {
                        alt20=1;
                    }
                    else if ( (LA20_0==44) ) {
                        alt20=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 20, 0, input);

                        throw nvae;
                    }
                    switch (alt20) {
                        case 1 :
                            // InternalShots.g:1544:5: ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? )
                            {
                            // InternalShots.g:1544:5: ( ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )? )
                            // InternalShots.g:1545:6: ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) ) ( (otherlv_4= RULE_ID ) ) (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )?
                            {
                            // InternalShots.g:1545:6: ( ( (lv_approach_1_0= ruleApproach ) ) | ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' ) )
                            int alt16=2;
                            int LA16_0 = input.LA(1);

                            if ( ((LA16_0>=49 && LA16_0<=51)) ) {
                                alt16=1;
                            }
                            else if ( (LA16_0==52) ) {
                                alt16=2;
                            }
                            else {
                                NoViableAltException nvae =
                                    new NoViableAltException("", 16, 0, input);

                                throw nvae;
                            }
                            switch (alt16) {
                                case 1 :
                                    // InternalShots.g:1546:7: ( (lv_approach_1_0= ruleApproach ) )
                                    {
                                    // InternalShots.g:1546:7: ( (lv_approach_1_0= ruleApproach ) )
                                    // InternalShots.g:1547:8: (lv_approach_1_0= ruleApproach )
                                    {
                                    // InternalShots.g:1547:8: (lv_approach_1_0= ruleApproach )
                                    // InternalShots.g:1548:9: lv_approach_1_0= ruleApproach
                                    {

                                    									newCompositeNode(grammarAccess.getBeatAccess().getApproachApproachEnumRuleCall_1_0_0_0_0_0());
                                    								
                                    pushFollow(FOLLOW_14);
                                    lv_approach_1_0=ruleApproach();

                                    state._fsp--;


                                    									if (current==null) {
                                    										current = createModelElementForParent(grammarAccess.getBeatRule());
                                    									}
                                    									set(
                                    										current,
                                    										"approach",
                                    										lv_approach_1_0,
                                    										"dev.longtake.dsl.Shots.Approach");
                                    									afterParserOrEnumRuleCall();
                                    								

                                    }


                                    }


                                    }
                                    break;
                                case 2 :
                                    // InternalShots.g:1566:7: ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' )
                                    {
                                    // InternalShots.g:1566:7: ( ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to' )
                                    // InternalShots.g:1567:8: ( (lv_approach_2_0= ruleOutTo ) ) otherlv_3= 'to'
                                    {
                                    // InternalShots.g:1567:8: ( (lv_approach_2_0= ruleOutTo ) )
                                    // InternalShots.g:1568:9: (lv_approach_2_0= ruleOutTo )
                                    {
                                    // InternalShots.g:1568:9: (lv_approach_2_0= ruleOutTo )
                                    // InternalShots.g:1569:10: lv_approach_2_0= ruleOutTo
                                    {

                                    										newCompositeNode(grammarAccess.getBeatAccess().getApproachOutToEnumRuleCall_1_0_0_0_1_0_0());
                                    									
                                    pushFollow(FOLLOW_32);
                                    lv_approach_2_0=ruleOutTo();

                                    state._fsp--;


                                    										if (current==null) {
                                    											current = createModelElementForParent(grammarAccess.getBeatRule());
                                    										}
                                    										set(
                                    											current,
                                    											"approach",
                                    											lv_approach_2_0,
                                    											"dev.longtake.dsl.Shots.OutTo");
                                    										afterParserOrEnumRuleCall();
                                    									

                                    }


                                    }

                                    otherlv_3=(Token)match(input,43,FOLLOW_14); 

                                    								newLeafNode(otherlv_3, grammarAccess.getBeatAccess().getToKeyword_1_0_0_0_1_1());
                                    							

                                    }


                                    }
                                    break;

                            }

                            // InternalShots.g:1592:6: ( (otherlv_4= RULE_ID ) )
                            // InternalShots.g:1593:7: (otherlv_4= RULE_ID )
                            {
                            // InternalShots.g:1593:7: (otherlv_4= RULE_ID )
                            // InternalShots.g:1594:8: otherlv_4= RULE_ID
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getBeatRule());
                            								}
                            							
                            otherlv_4=(Token)match(input,RULE_ID,FOLLOW_33); 

                            								newLeafNode(otherlv_4, grammarAccess.getBeatAccess().getLocationLocationCrossReference_1_0_0_1_0());
                            							

                            }


                            }

                            // InternalShots.g:1605:6: (otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )* )?
                            int alt18=2;
                            int LA18_0 = input.LA(1);

                            if ( (LA18_0==44) ) {
                                alt18=1;
                            }
                            switch (alt18) {
                                case 1 :
                                    // InternalShots.g:1606:7: otherlv_5= 'with' ( (otherlv_6= RULE_ID ) ) (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )*
                                    {
                                    otherlv_5=(Token)match(input,44,FOLLOW_14); 

                                    							newLeafNode(otherlv_5, grammarAccess.getBeatAccess().getWithKeyword_1_0_0_2_0());
                                    						
                                    // InternalShots.g:1610:7: ( (otherlv_6= RULE_ID ) )
                                    // InternalShots.g:1611:8: (otherlv_6= RULE_ID )
                                    {
                                    // InternalShots.g:1611:8: (otherlv_6= RULE_ID )
                                    // InternalShots.g:1612:9: otherlv_6= RULE_ID
                                    {

                                    									if (current==null) {
                                    										current = createModelElement(grammarAccess.getBeatRule());
                                    									}
                                    								
                                    otherlv_6=(Token)match(input,RULE_ID,FOLLOW_34); 

                                    									newLeafNode(otherlv_6, grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_1_0());
                                    								

                                    }


                                    }

                                    // InternalShots.g:1623:7: (otherlv_7= ',' ( (otherlv_8= RULE_ID ) ) )*
                                    loop17:
                                    do {
                                        int alt17=2;
                                        int LA17_0 = input.LA(1);

                                        if ( (LA17_0==19) ) {
                                            alt17=1;
                                        }


                                        switch (alt17) {
                                    	case 1 :
                                    	    // InternalShots.g:1624:8: otherlv_7= ',' ( (otherlv_8= RULE_ID ) )
                                    	    {
                                    	    otherlv_7=(Token)match(input,19,FOLLOW_14); 

                                    	    								newLeafNode(otherlv_7, grammarAccess.getBeatAccess().getCommaKeyword_1_0_0_2_2_0());
                                    	    							
                                    	    // InternalShots.g:1628:8: ( (otherlv_8= RULE_ID ) )
                                    	    // InternalShots.g:1629:9: (otherlv_8= RULE_ID )
                                    	    {
                                    	    // InternalShots.g:1629:9: (otherlv_8= RULE_ID )
                                    	    // InternalShots.g:1630:10: otherlv_8= RULE_ID
                                    	    {

                                    	    										if (current==null) {
                                    	    											current = createModelElement(grammarAccess.getBeatRule());
                                    	    										}
                                    	    									
                                    	    otherlv_8=(Token)match(input,RULE_ID,FOLLOW_34); 

                                    	    										newLeafNode(otherlv_8, grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_0_2_2_1_0());
                                    	    									

                                    	    }


                                    	    }


                                    	    }
                                    	    break;

                                    	default :
                                    	    break loop17;
                                        }
                                    } while (true);


                                    }
                                    break;

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalShots.g:1645:5: (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* )
                            {
                            // InternalShots.g:1645:5: (otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )* )
                            // InternalShots.g:1646:6: otherlv_9= 'with' ( (otherlv_10= RULE_ID ) ) (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )*
                            {
                            otherlv_9=(Token)match(input,44,FOLLOW_14); 

                            						newLeafNode(otherlv_9, grammarAccess.getBeatAccess().getWithKeyword_1_0_1_0());
                            					
                            // InternalShots.g:1650:6: ( (otherlv_10= RULE_ID ) )
                            // InternalShots.g:1651:7: (otherlv_10= RULE_ID )
                            {
                            // InternalShots.g:1651:7: (otherlv_10= RULE_ID )
                            // InternalShots.g:1652:8: otherlv_10= RULE_ID
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getBeatRule());
                            								}
                            							
                            otherlv_10=(Token)match(input,RULE_ID,FOLLOW_34); 

                            								newLeafNode(otherlv_10, grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_1_0());
                            							

                            }


                            }

                            // InternalShots.g:1663:6: (otherlv_11= ',' ( (otherlv_12= RULE_ID ) ) )*
                            loop19:
                            do {
                                int alt19=2;
                                int LA19_0 = input.LA(1);

                                if ( (LA19_0==19) ) {
                                    alt19=1;
                                }


                                switch (alt19) {
                            	case 1 :
                            	    // InternalShots.g:1664:7: otherlv_11= ',' ( (otherlv_12= RULE_ID ) )
                            	    {
                            	    otherlv_11=(Token)match(input,19,FOLLOW_14); 

                            	    							newLeafNode(otherlv_11, grammarAccess.getBeatAccess().getCommaKeyword_1_0_1_2_0());
                            	    						
                            	    // InternalShots.g:1668:7: ( (otherlv_12= RULE_ID ) )
                            	    // InternalShots.g:1669:8: (otherlv_12= RULE_ID )
                            	    {
                            	    // InternalShots.g:1669:8: (otherlv_12= RULE_ID )
                            	    // InternalShots.g:1670:9: otherlv_12= RULE_ID
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getBeatRule());
                            	    									}
                            	    								
                            	    otherlv_12=(Token)match(input,RULE_ID,FOLLOW_34); 

                            	    									newLeafNode(otherlv_12, grammarAccess.getBeatAccess().getCastCharacterCrossReference_1_0_1_2_1_0());
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop19;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }

                    otherlv_13=(Token)match(input,45,FOLLOW_4); 

                    				newLeafNode(otherlv_13, grammarAccess.getBeatAccess().getColonKeyword_1_1());
                    			

                    }
                    break;

            }

            // InternalShots.g:1689:3: ( (lv_action_14_0= RULE_STRING ) )
            // InternalShots.g:1690:4: (lv_action_14_0= RULE_STRING )
            {
            // InternalShots.g:1690:4: (lv_action_14_0= RULE_STRING )
            // InternalShots.g:1691:5: lv_action_14_0= RULE_STRING
            {
            lv_action_14_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_action_14_0, grammarAccess.getBeatAccess().getActionSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBeatRule());
            					}
            					setWithLastConsumed(
            						current,
            						"action",
            						lv_action_14_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBeat"


    // $ANTLR start "entryRuleSeconds"
    // InternalShots.g:1711:1: entryRuleSeconds returns [String current=null] : iv_ruleSeconds= ruleSeconds EOF ;
    public final String entryRuleSeconds() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSeconds = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1713:2: (iv_ruleSeconds= ruleSeconds EOF )
            // InternalShots.g:1714:2: iv_ruleSeconds= ruleSeconds EOF
            {
             newCompositeNode(grammarAccess.getSecondsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSeconds=ruleSeconds();

            state._fsp--;

             current =iv_ruleSeconds.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleSeconds"


    // $ANTLR start "ruleSeconds"
    // InternalShots.g:1723:1: ruleSeconds returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_WHOLE_SECONDS_0= RULE_WHOLE_SECONDS | (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS ) ) ;
    public final AntlrDatatypeRuleToken ruleSeconds() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_WHOLE_SECONDS_0=null;
        Token this_INT_1=null;
        Token kw=null;
        Token this_WHOLE_SECONDS_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1730:2: ( (this_WHOLE_SECONDS_0= RULE_WHOLE_SECONDS | (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS ) ) )
            // InternalShots.g:1731:2: (this_WHOLE_SECONDS_0= RULE_WHOLE_SECONDS | (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS ) )
            {
            // InternalShots.g:1731:2: (this_WHOLE_SECONDS_0= RULE_WHOLE_SECONDS | (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS ) )
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==RULE_WHOLE_SECONDS) ) {
                alt22=1;
            }
            else if ( (LA22_0==RULE_INT) ) {
                alt22=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }
            switch (alt22) {
                case 1 :
                    // InternalShots.g:1732:3: this_WHOLE_SECONDS_0= RULE_WHOLE_SECONDS
                    {
                    this_WHOLE_SECONDS_0=(Token)match(input,RULE_WHOLE_SECONDS,FOLLOW_2); 

                    			current.merge(this_WHOLE_SECONDS_0);
                    		

                    			newLeafNode(this_WHOLE_SECONDS_0, grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalShots.g:1740:3: (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS )
                    {
                    // InternalShots.g:1740:3: (this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS )
                    // InternalShots.g:1741:4: this_INT_1= RULE_INT kw= '.' this_WHOLE_SECONDS_3= RULE_WHOLE_SECONDS
                    {
                    this_INT_1=(Token)match(input,RULE_INT,FOLLOW_35); 

                    				current.merge(this_INT_1);
                    			

                    				newLeafNode(this_INT_1, grammarAccess.getSecondsAccess().getINTTerminalRuleCall_1_0());
                    			
                    kw=(Token)match(input,35,FOLLOW_36); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getSecondsAccess().getFullStopKeyword_1_1());
                    			
                    this_WHOLE_SECONDS_3=(Token)match(input,RULE_WHOLE_SECONDS,FOLLOW_2); 

                    				current.merge(this_WHOLE_SECONDS_3);
                    			

                    				newLeafNode(this_WHOLE_SECONDS_3, grammarAccess.getSecondsAccess().getWHOLE_SECONDSTerminalRuleCall_1_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleSeconds"


    // $ANTLR start "entryRuleSongTime"
    // InternalShots.g:1768:1: entryRuleSongTime returns [String current=null] : iv_ruleSongTime= ruleSongTime EOF ;
    public final String entryRuleSongTime() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSongTime = null;


        try {
            // InternalShots.g:1768:48: (iv_ruleSongTime= ruleSongTime EOF )
            // InternalShots.g:1769:2: iv_ruleSongTime= ruleSongTime EOF
            {
             newCompositeNode(grammarAccess.getSongTimeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSongTime=ruleSongTime();

            state._fsp--;

             current =iv_ruleSongTime.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSongTime"


    // $ANTLR start "ruleSongTime"
    // InternalShots.g:1775:1: ruleSongTime returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_Clock_0= ruleClock | this_Seconds_1= ruleSeconds ) ;
    public final AntlrDatatypeRuleToken ruleSongTime() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        AntlrDatatypeRuleToken this_Clock_0 = null;

        AntlrDatatypeRuleToken this_Seconds_1 = null;



        	enterRule();

        try {
            // InternalShots.g:1781:2: ( (this_Clock_0= ruleClock | this_Seconds_1= ruleSeconds ) )
            // InternalShots.g:1782:2: (this_Clock_0= ruleClock | this_Seconds_1= ruleSeconds )
            {
            // InternalShots.g:1782:2: (this_Clock_0= ruleClock | this_Seconds_1= ruleSeconds )
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_INT) ) {
                int LA23_1 = input.LA(2);

                if ( (LA23_1==45) ) {
                    alt23=1;
                }
                else if ( (LA23_1==35) ) {
                    alt23=2;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 23, 1, input);

                    throw nvae;
                }
            }
            else if ( (LA23_0==RULE_WHOLE_SECONDS) ) {
                alt23=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }
            switch (alt23) {
                case 1 :
                    // InternalShots.g:1783:3: this_Clock_0= ruleClock
                    {

                    			newCompositeNode(grammarAccess.getSongTimeAccess().getClockParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Clock_0=ruleClock();

                    state._fsp--;


                    			current.merge(this_Clock_0);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalShots.g:1794:3: this_Seconds_1= ruleSeconds
                    {

                    			newCompositeNode(grammarAccess.getSongTimeAccess().getSecondsParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Seconds_1=ruleSeconds();

                    state._fsp--;


                    			current.merge(this_Seconds_1);
                    		

                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSongTime"


    // $ANTLR start "entryRuleClock"
    // InternalShots.g:1808:1: entryRuleClock returns [String current=null] : iv_ruleClock= ruleClock EOF ;
    public final String entryRuleClock() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleClock = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1810:2: (iv_ruleClock= ruleClock EOF )
            // InternalShots.g:1811:2: iv_ruleClock= ruleClock EOF
            {
             newCompositeNode(grammarAccess.getClockRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleClock=ruleClock();

            state._fsp--;

             current =iv_ruleClock.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleClock"


    // $ANTLR start "ruleClock"
    // InternalShots.g:1820:1: ruleClock returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT kw= ':' this_INT_2= RULE_INT (kw= '.' this_INT_4= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleClock() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_INT_4=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1827:2: ( (this_INT_0= RULE_INT kw= ':' this_INT_2= RULE_INT (kw= '.' this_INT_4= RULE_INT )? ) )
            // InternalShots.g:1828:2: (this_INT_0= RULE_INT kw= ':' this_INT_2= RULE_INT (kw= '.' this_INT_4= RULE_INT )? )
            {
            // InternalShots.g:1828:2: (this_INT_0= RULE_INT kw= ':' this_INT_2= RULE_INT (kw= '.' this_INT_4= RULE_INT )? )
            // InternalShots.g:1829:3: this_INT_0= RULE_INT kw= ':' this_INT_2= RULE_INT (kw= '.' this_INT_4= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_37); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getClockAccess().getINTTerminalRuleCall_0());
            		
            kw=(Token)match(input,45,FOLLOW_7); 

            			current.merge(kw);
            			newLeafNode(kw, grammarAccess.getClockAccess().getColonKeyword_1());
            		
            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_23); 

            			current.merge(this_INT_2);
            		

            			newLeafNode(this_INT_2, grammarAccess.getClockAccess().getINTTerminalRuleCall_2());
            		
            // InternalShots.g:1848:3: (kw= '.' this_INT_4= RULE_INT )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==35) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalShots.g:1849:4: kw= '.' this_INT_4= RULE_INT
                    {
                    kw=(Token)match(input,35,FOLLOW_7); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getClockAccess().getFullStopKeyword_3_0());
                    			
                    this_INT_4=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_4);
                    			

                    				newLeafNode(this_INT_4, grammarAccess.getClockAccess().getINTTerminalRuleCall_3_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleClock"


    // $ANTLR start "entryRuleDecimal"
    // InternalShots.g:1869:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1871:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalShots.g:1872:2: iv_ruleDecimal= ruleDecimal EOF
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalShots.g:1881:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1888:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalShots.g:1889:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalShots.g:1889:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalShots.g:1890:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_23); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            		
            // InternalShots.g:1897:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==35) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalShots.g:1898:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,35,FOLLOW_7); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "entryRuleMoney"
    // InternalShots.g:1918:1: entryRuleMoney returns [String current=null] : iv_ruleMoney= ruleMoney EOF ;
    public final String entryRuleMoney() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleMoney = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1920:2: (iv_ruleMoney= ruleMoney EOF )
            // InternalShots.g:1921:2: iv_ruleMoney= ruleMoney EOF
            {
             newCompositeNode(grammarAccess.getMoneyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMoney=ruleMoney();

            state._fsp--;

             current =iv_ruleMoney.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleMoney"


    // $ANTLR start "ruleMoney"
    // InternalShots.g:1930:1: ruleMoney returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleMoney() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalShots.g:1937:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalShots.g:1938:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalShots.g:1938:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalShots.g:1939:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_23); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getMoneyAccess().getINTTerminalRuleCall_0());
            		
            // InternalShots.g:1946:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==35) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalShots.g:1947:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,35,FOLLOW_7); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getMoneyAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getMoneyAccess().getINTTerminalRuleCall_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleMoney"


    // $ANTLR start "entryRuleSeed"
    // InternalShots.g:1967:1: entryRuleSeed returns [String current=null] : iv_ruleSeed= ruleSeed EOF ;
    public final String entryRuleSeed() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSeed = null;


        try {
            // InternalShots.g:1967:44: (iv_ruleSeed= ruleSeed EOF )
            // InternalShots.g:1968:2: iv_ruleSeed= ruleSeed EOF
            {
             newCompositeNode(grammarAccess.getSeedRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSeed=ruleSeed();

            state._fsp--;

             current =iv_ruleSeed.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSeed"


    // $ANTLR start "ruleSeed"
    // InternalShots.g:1974:1: ruleSeed returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleSeed() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalShots.g:1980:2: (this_INT_0= RULE_INT )
            // InternalShots.g:1981:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getSeedAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSeed"


    // $ANTLR start "ruleTransitionKind"
    // InternalShots.g:1991:1: ruleTransitionKind returns [Enumerator current=null] : ( (enumLiteral_0= 'cut' ) | (enumLiteral_1= 'crossfade' ) | (enumLiteral_2= 'dip' ) ) ;
    public final Enumerator ruleTransitionKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalShots.g:1997:2: ( ( (enumLiteral_0= 'cut' ) | (enumLiteral_1= 'crossfade' ) | (enumLiteral_2= 'dip' ) ) )
            // InternalShots.g:1998:2: ( (enumLiteral_0= 'cut' ) | (enumLiteral_1= 'crossfade' ) | (enumLiteral_2= 'dip' ) )
            {
            // InternalShots.g:1998:2: ( (enumLiteral_0= 'cut' ) | (enumLiteral_1= 'crossfade' ) | (enumLiteral_2= 'dip' ) )
            int alt27=3;
            switch ( input.LA(1) ) {
            case 46:
                {
                alt27=1;
                }
                break;
            case 47:
                {
                alt27=2;
                }
                break;
            case 48:
                {
                alt27=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }

            switch (alt27) {
                case 1 :
                    // InternalShots.g:1999:3: (enumLiteral_0= 'cut' )
                    {
                    // InternalShots.g:1999:3: (enumLiteral_0= 'cut' )
                    // InternalShots.g:2000:4: enumLiteral_0= 'cut'
                    {
                    enumLiteral_0=(Token)match(input,46,FOLLOW_2); 

                    				current = grammarAccess.getTransitionKindAccess().getCUTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getTransitionKindAccess().getCUTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:2007:3: (enumLiteral_1= 'crossfade' )
                    {
                    // InternalShots.g:2007:3: (enumLiteral_1= 'crossfade' )
                    // InternalShots.g:2008:4: enumLiteral_1= 'crossfade'
                    {
                    enumLiteral_1=(Token)match(input,47,FOLLOW_2); 

                    				current = grammarAccess.getTransitionKindAccess().getCROSSFADEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getTransitionKindAccess().getCROSSFADEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:2015:3: (enumLiteral_2= 'dip' )
                    {
                    // InternalShots.g:2015:3: (enumLiteral_2= 'dip' )
                    // InternalShots.g:2016:4: enumLiteral_2= 'dip'
                    {
                    enumLiteral_2=(Token)match(input,48,FOLLOW_2); 

                    				current = grammarAccess.getTransitionKindAccess().getDIPEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getTransitionKindAccess().getDIPEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTransitionKind"


    // $ANTLR start "ruleApproach"
    // InternalShots.g:2026:1: ruleApproach returns [Enumerator current=null] : ( (enumLiteral_0= 'in' ) | (enumLiteral_1= 'into' ) | (enumLiteral_2= 'through' ) ) ;
    public final Enumerator ruleApproach() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalShots.g:2032:2: ( ( (enumLiteral_0= 'in' ) | (enumLiteral_1= 'into' ) | (enumLiteral_2= 'through' ) ) )
            // InternalShots.g:2033:2: ( (enumLiteral_0= 'in' ) | (enumLiteral_1= 'into' ) | (enumLiteral_2= 'through' ) )
            {
            // InternalShots.g:2033:2: ( (enumLiteral_0= 'in' ) | (enumLiteral_1= 'into' ) | (enumLiteral_2= 'through' ) )
            int alt28=3;
            switch ( input.LA(1) ) {
            case 49:
                {
                alt28=1;
                }
                break;
            case 50:
                {
                alt28=2;
                }
                break;
            case 51:
                {
                alt28=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 28, 0, input);

                throw nvae;
            }

            switch (alt28) {
                case 1 :
                    // InternalShots.g:2034:3: (enumLiteral_0= 'in' )
                    {
                    // InternalShots.g:2034:3: (enumLiteral_0= 'in' )
                    // InternalShots.g:2035:4: enumLiteral_0= 'in'
                    {
                    enumLiteral_0=(Token)match(input,49,FOLLOW_2); 

                    				current = grammarAccess.getApproachAccess().getINEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getApproachAccess().getINEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalShots.g:2042:3: (enumLiteral_1= 'into' )
                    {
                    // InternalShots.g:2042:3: (enumLiteral_1= 'into' )
                    // InternalShots.g:2043:4: enumLiteral_1= 'into'
                    {
                    enumLiteral_1=(Token)match(input,50,FOLLOW_2); 

                    				current = grammarAccess.getApproachAccess().getINTOEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getApproachAccess().getINTOEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalShots.g:2050:3: (enumLiteral_2= 'through' )
                    {
                    // InternalShots.g:2050:3: (enumLiteral_2= 'through' )
                    // InternalShots.g:2051:4: enumLiteral_2= 'through'
                    {
                    enumLiteral_2=(Token)match(input,51,FOLLOW_2); 

                    				current = grammarAccess.getApproachAccess().getTHROUGHEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getApproachAccess().getTHROUGHEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleApproach"


    // $ANTLR start "ruleOutTo"
    // InternalShots.g:2061:1: ruleOutTo returns [Enumerator current=null] : (enumLiteral_0= 'out' ) ;
    public final Enumerator ruleOutTo() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalShots.g:2067:2: ( (enumLiteral_0= 'out' ) )
            // InternalShots.g:2068:2: (enumLiteral_0= 'out' )
            {
            // InternalShots.g:2068:2: (enumLiteral_0= 'out' )
            // InternalShots.g:2069:3: enumLiteral_0= 'out'
            {
            enumLiteral_0=(Token)match(input,52,FOLLOW_2); 

            			current = grammarAccess.getOutToAccess().getOUT_TOEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getOutToAccess().getOUT_TOEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutTo"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x00000006C0004002L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x000000000F830000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x000000000F8B0000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000000080L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000008002L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000108000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000010008000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000400220L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000003008000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000800000002L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0001C00000000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000000000222L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000000000220L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x000001C042008000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x001E120008000330L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x001E100008000230L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x001E100000000010L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000080000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000300000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000200000080000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000000000200L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000200000000000L});

}
